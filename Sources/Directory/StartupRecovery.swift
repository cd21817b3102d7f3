internal import Catalog
internal import Editorial
import Foundation

extension EditorialService {
    /// Finishes, at start-up and under the save lock, what a crash or a failing git left undone,
    /// and returns Danish notes on what it did or left alone (for the log, so they name files and
    /// offers, never editors):
    /// - a change recorded as begun whose file holds its bytes was renamed into place before the
    ///   crash: it is marked done (its reports follow the offer) and goes to git like the next
    ///   point; one whose file does not was never made: it is marked so and its staged bytes go;
    /// - staged bytes (`.<name>.gemmes`) of a write cut off before it was recorded are removed;
    /// - a catalogue file (an offer or a vocabulary file) changed but not committed is committed
    ///   with the author of the finished change that wrote exactly those bytes; any other is only
    ///   reported: it was changed outside Redaktionen, and is left to whoever did that;
    /// - a finished change whose bytes git already has (a git that outlived a killed server
    ///   committed them) gets that commit in the audit log.
    static func finishInterruptedChanges(store: EditorialStore, directory: OfferDirectory, lock: SaveLock) -> [String] {
        do {
            return try lock.withLock { () throws(EditorialError) -> [String] in
                var notes = try finishBegunChanges(store: store, directory: directory)
                removeStagedFiles(in: directory.catalogPath)
                notes += try reconcileWithGit(store: store, catalogPath: directory.catalogPath)
                return notes
            }
        } catch {
            return ["Redaktionen kunne ikke se efter afbrudte gemninger: \(error)"]
        }
    }

    private static func finishBegunChanges(store: EditorialStore, directory: OfferDirectory) throws(EditorialError) -> [String] {
        var notes: [String] = []
        var finished = false
        for change in try store.unfinishedChanges() {
            let entry = change.entry
            unlink(AtomicFile.temporaryPath(for: change.file))
            guard version(of: AtomicFile.read(change.file)) == change.version else {
                try store.abandonChange(id: change.id)
                notes.append("En gemning af \(entry.subject) blev afbrudt, før filen kom på plads; intet er ændret.")
                continue
            }
            let centre = entry.action == .fileSaved ? nil : centre(ofOfferFile: change.file, id: entry.subject, catalogPath: directory.catalogPath)
            try store.finishChange(id: change.id, commit: nil, reportsFollow: centre.map { (offerID: entry.subject, centre: $0) })
            finished = true
            notes.append("En afbrudt gemning af \(entry.subject) er gjort færdig og lagt i ændringsloggen.")
        }
        if finished { _ = try? directory.reindex() }
        return notes
    }

    /// Every writer stages under the lock, which this start holds: what is staged now was left by a crash.
    private static func removeStagedFiles(in catalogPath: String) {
        for folder in [catalogPath, catalogPath + "/tilbud"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            where name.hasPrefix(".") && name.hasSuffix(".gemmes") {
                unlink(folder + "/" + name)
            }
        }
    }

    private static func reconcileWithGit(store: EditorialStore, catalogPath: String) throws(EditorialError) -> [String] {
        guard let tree = GitWorkTree(around: catalogPath) else { return [] }
        let root = realPath(catalogPath) + "/"
        let changed = try tree.uncommittedFiles()
        var notes: [String] = []
        for file in changed where file.hasPrefix(root) {
            guard let subject = subject(ofCatalogueFile: String(file.dropFirst(root.count))) else { continue }
            let version = version(of: AtomicFile.read(file))
            guard let change = try store.uncommittedChange(subject: subject, version: version) else {
                notes.append("\(file) er ændret uden for Redaktionen og ikke lagt i git; Redaktionen lader den være.")
                continue
            }
            let (commit, note) = Self.commit(file, in: catalogPath, author: change.entry.user, message: commitMessage(for: change.entry))
            if let commit {
                try store.setCommit(id: change.id, commit: commit)
                notes.append("\(file) var gemt i Redaktionen, men ikke lagt i git; det er den nu, med redaktøren som forfatter.")
            } else if let note {
                notes.append(note)
            }
        }
        let changedFiles = Set(changed)
        for change in try store.uncommittedChanges() where !changedFiles.contains(realPath(change.file)) {
            guard version(of: AtomicFile.read(change.file)) == change.version, let commit = try tree.lastCommit(of: change.file) else { continue }
            try store.setCommit(id: change.id, commit: commit)
        }
        return notes
    }

    /// path with symbolic links resolved, as git names files.
    static func realPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The centre of the offer in the file at path, if it reads as one.
    static func centre(ofOfferFile path: String, id: String, catalogPath: String) -> String? {
        guard let data = AtomicFile.read(path), let municipality = CatalogLoader().municipality(folder: catalogPath) else { return nil }
        return CatalogLoader().readOffer(data, file: path, id: id, municipality: municipality.id).entry?.offer.centre
    }

    /// The audit subject of a file in the catalogue folder (`tilbud/<id>.yaml` → the id, a
    /// vocabulary file → its name), or nil for any other file.
    static func subject(ofCatalogueFile relative: String) -> String? {
        if vocabularyFiles.contains(relative) { return relative }
        guard relative.hasPrefix("tilbud/"), relative.hasSuffix(".yaml") else { return nil }
        let name = relative.dropFirst("tilbud/".count).dropLast(".yaml".count)
        return name.contains("/") || name.hasPrefix(".") ? nil : String(name)
    }
}
