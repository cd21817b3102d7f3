internal import Editorial
import Foundation
import OfferModel

extension EditorialService {
    /// Writes data to path as one change with its audit entry, the way every save from
    /// Redaktionen goes: the bytes are staged beside the file; the entry is recorded as begun; the
    /// file is renamed into place; git commits it; the entry is marked done with its commit, and
    /// the offer's open reports follow it to its centre (`reportsFollow`), in one transaction.
    ///
    /// A failure before the rename leaves nothing changed and says so in Danish; a crash after it
    /// leaves a begun entry whose file holds its bytes, which the next start finishes
    /// (`finishInterruptedChanges`). The caller holds the save lock.
    func writeRecorded(_ data: Data, to path: String, entry: AuditEntry,
                       reportsFollow: (offerID: String, centre: String)? = nil) throws(DirectoryError) -> (commit: String?, notes: [String]) {
        let staged: StagedFile
        do { staged = try AtomicFile.stage(data, for: path) } catch { throw .editorial(error) }
        let id: Int64
        do {
            id = try store.beginChange(entry, file: Self.absolute(path), version: Self.version(of: data))
        } catch {
            staged.discard()
            if case let .database(reason) = error { throw .editorial(.unrecorded(reason)) }
            throw .editorial(error)
        }
        do { try staged.install() } catch {
            try? store.abandonChange(id: id)
            throw .editorial(error)
        }
        var notes: [String] = []
        let (commit, note) = Self.commit(path, in: catalogPath, author: entry.user, message: Self.commitMessage(for: entry))
        if let note { notes.append(note) }
        do { try store.finishChange(id: id, commit: commit, reportsFollow: reportsFollow) } catch {
            notes.append("Ændringen er gemt, men ændringsloggen kunne ikke gøres færdig (\(error.description)) Det sker, når serveren starter igen.")
        }
        return (commit, notes)
    }

    /// The commit message of a change: `Redaktionen: anna gemte ændringer rygestop`, with the
    /// fields changed below it.
    static func commitMessage(for entry: AuditEntry) -> String {
        if entry.action == .fileSaved { return "Redaktionen: \(entry.user) ændrede \(entry.subject)" }
        let fields = entry.changes.map(\.field).joined(separator: ", ")
        return "Redaktionen: \(entry.user) \(entry.action.label) \(entry.subject)" + (fields.isEmpty ? "" : "\n\nFelter: \(fields)")
    }

    /// Commits path when the catalogue is a git work tree; the commit id, or a Danish note on why not.
    static func commit(_ path: String, in catalogPath: String, author: String, message: String) -> (commit: String?, note: String?) {
        guard let tree = GitWorkTree(around: catalogPath) else { return (nil, nil) }
        do { return (try tree.commit(file: path, author: author, message: message), nil) } catch {
            return (nil, "Ændringen er gemt, men ikke lagt i git: \(error.description)")
        }
    }

    /// path from the working folder, as a record that a later start reads must name it.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
