internal import Catalog
internal import Editorial
import Foundation
import OfferModel

/// A vocabulary file (`behov.yaml`, `centre.yaml`, `synonymer.yaml`) as its form is made from it.
public struct EditableFile: Sendable {
    public var name: String
    public var text: String
    public var version: String
}

/// What became of saving a vocabulary file.
public enum FileSaveOutcome: Sendable {
    case saved(version: String, notes: [String])
    /// The catalogue would have errors with this text (in this file or in offers that use it); nothing was written.
    case invalid([Finding])
    /// The file changed since its form was made (`SaveConflict.id` is the file's name); nothing was written.
    case conflict(SaveConflict)
}

extension EditorialService {
    public func editableFile(_ name: String, by editor: Editor) throws(DirectoryError) -> EditableFile {
        try checkVocabulary(name, editor)
        let data = AtomicFile.read(catalogPath + "/" + name)
        return EditableFile(name: name, text: data.map { String(decoding: $0, as: UTF8.self) } ?? "", version: Self.version(of: data))
    }

    /// Saves a vocabulary file as an administrator: the whole catalogue must stay without errors
    /// with the new text (a need still used by an offer cannot be removed). Control and bidi
    /// characters are stripped first (`UserText`), so CRLF becomes LF.
    public func saveFile(_ name: String, text: String, baseVersion: String, by editor: Editor,
                         now: Date = Date()) throws(DirectoryError) -> FileSaveOutcome {
        try checkVocabulary(name, editor)
        var text = UserText.cleaned(text)
        if !text.hasSuffix("\n") { text += "\n" }
        let proposed = text
        return try locked { () throws(DirectoryError) in
            let path = catalogPath + "/" + name
            let current = AtomicFile.read(path)
            let currentVersion = Self.version(of: current)
            guard currentVersion == baseVersion else {
                return .conflict(SaveConflict(id: name, current: current.map { String(decoding: $0, as: UTF8.self) },
                                              currentVersion: currentVersion, proposed: proposed))
            }
            let catalog: Catalog
            do throws(CatalogError) {
                catalog = try CatalogLoader().load(path: catalogPath, replacing: [name: Data(proposed.utf8)])
            } catch { throw .catalog(error) }
            guard catalog.isValid else { return .invalid(catalog.errors) }
            let data = Data(proposed.utf8)
            guard data != current else { return .saved(version: currentVersion, notes: []) }
            let old = current.map { String(decoding: $0, as: UTF8.self) } ?? ""
            let entry = AuditEntry(at: now, user: editor.name, subject: name, action: .fileSaved,
                                   changes: Self.lineChanges(from: old, to: proposed, field: name))
            var (_, notes) = try writeRecorded(data, to: path, entry: entry)
            if let note = updateIndex() { notes.append(note) }
            return .saved(version: Self.version(of: data), notes: notes)
        }
    }

    private func checkVocabulary(_ name: String, _ editor: Editor) throws(DirectoryError) {
        guard Self.vocabularyFiles.contains(name) else { throw .invalidRequest("Filen '\(name)' kan ikke redigeres her.") }
        guard editor.isAdministrator else { throw .forbidden("Kun en administrator kan ændre \(name).") }
    }

    /// The lines removed and added, as old → new pairs (a removed line has an empty new side).
    static func lineChanges(from old: String, to new: String, field: String) -> [FieldChange] {
        let difference = new.split(separator: "\n", omittingEmptySubsequences: false)
            .difference(from: old.split(separator: "\n", omittingEmptySubsequences: false))
        return difference.map { change in
            switch change {
            case let .remove(_, line, _): FieldChange(field: field, old: String(line), new: "")
            case let .insert(_, line, _): FieldChange(field: field, old: "", new: String(line))
            }
        }
    }
}
