internal import Catalog
internal import Editorial
import Foundation
import OfferModel

/// A change to one offer as a form sends it.
public struct OfferEdit: Sendable {
    /// The offer's id; nil for a new offer, whose id is made from its name.
    public var id: String?
    /// Field texts by catalogue field name (see `OfferFields`).
    public var texts: [String: String]
    /// The version of the file the form was made from (`ny` for a new offer).
    public var baseVersion: String

    public init(id: String?, texts: [String: String], baseVersion: String) {
        self.id = id
        self.texts = texts
        self.baseVersion = baseVersion
    }
}

/// A problem with one field of a form, to be shown beside it.
public struct FieldFinding: Sendable, Hashable {
    /// The catalogue field (`kontakt.telefon`), or "" for the offer as a whole.
    public var field: String
    public var severity: Finding.Severity
    public var message: String
}

/// What became of a save.
public enum SaveOutcome: Sendable {
    /// Written, recorded and (unless `indexNote` says otherwise) searchable.
    case saved(SavedOffer)
    /// Not valid: nothing was written. The offer as the form had it, and what is wrong.
    case invalid(Offer, [FieldFinding])
    /// The file changed since the form was made: nothing was written.
    case conflict(SaveConflict)
}

public struct SavedOffer: Sendable {
    public var id: String
    /// The new file's version, for the next form.
    public var version: String
    public var changes: [FieldChange]
    /// Warnings the offer still has (missing contact data ...).
    public var warnings: [FieldFinding]
    public var commit: String?
    /// Danish notes when git or the index could not follow; empty when all went well.
    public var notes: [String]
}

public struct SaveConflict: Sendable {
    public var id: String
    /// The file as it is now (nil if it was removed) and its version.
    public var current: String?
    public var currentVersion: String
    /// The file as the editor's save would have written it.
    public var proposed: String
}

extension EditorialService {
    /// Saves an edit as editor: the version check, the catalogue's rules, an atomic write recorded
    /// with its audit entry (`writeRecorded`), a git commit and the in-place index update, under
    /// one lock. Control and bidi characters are stripped from the texts first (`UserText`).
    public func save(_ edit: OfferEdit, by editor: Editor, now: Date = Date()) throws(DirectoryError) -> SaveOutcome {
        try locked { () throws(DirectoryError) in
            try write(edit, by: editor, action: edit.id == nil ? .created : .saved, now: now)
        }
    }

    /// "Oplysningerne er stadig korrekte": the offer as it is, with `sidst_verificeret` today.
    public func verify(id: String, baseVersion: String, by editor: Editor, today: CalendarDate = .today(),
                       now: Date = Date()) throws(DirectoryError) -> SaveOutcome {
        try locked { () throws(DirectoryError) in
            guard let data = AtomicFile.read(offerPath(id)) else { throw .unknownOffer(id: id) }
            let reading = CatalogLoader().readOffer(data, file: displayPath(id), id: id, municipality: try municipality().id)
            guard var offer = reading.entry?.offer else { throw .unknownOffer(id: id) }
            let centre = (try? CatalogLoader().centres(folder: catalogPath).centres)?.first { $0.id == offer.centre }
            let refusals = Self.refusals(offer, centre: centre)
            guard refusals.isEmpty else {
                return .invalid(offer, refusals.map { FieldFinding(field: $0.field, severity: .error, message: $0.reason) })
            }
            offer.lastVerified = today
            let edit = OfferEdit(id: id, texts: OfferFields.values(of: offer), baseVersion: baseVersion)
            return try write(edit, by: editor, action: .verified, now: now)
        }
    }

    /// The save path; the caller holds the lock.
    func write(_ edit: OfferEdit, by editor: Editor, action: AuditAction, now: Date) throws(DirectoryError) -> SaveOutcome {
        var edit = edit
        edit.texts = edit.texts.mapValues(UserText.cleaned)
        let municipality = try municipality()
        let id: String
        if let given = edit.id {
            guard OfferID.isValid(given) else { throw .unknownOffer(id: given) }
            id = given
        } else {
            id = OfferID.make(from: edit.texts["navn"] ?? "") { FileManager.default.fileExists(atPath: offerPath($0)) }
        }
        let path = offerPath(id)
        let currentData = AtomicFile.read(path)
        let currentVersion = Self.version(of: currentData)
        let current = currentData.flatMap {
            CatalogLoader().readOffer($0, file: displayPath(id), id: id, municipality: municipality.id).entry?.offer
        }
        if currentData != nil, current == nil, !editor.isAdministrator {
            throw .forbidden("Filen \(displayPath(id)) kan ikke læses som et tilbud; kun en administrator kan gemme over den.")
        }
        if let current, !editor.mayEdit(centre: current.centre) {
            throw .forbidden("Tilbuddet hører til et andet center (\(current.centre.isEmpty ? "intet center" : current.centre)); du kan kun ændre dit eget centers tilbud.")
        }
        let base = current ?? Offer(id: id, name: "", summary: "", needs: [], centre: editor.centre ?? "", municipality: municipality.id)
        let (offer, problems) = OfferFields.offer(id: id, from: edit.texts, base: base)
        let text: String
        do { text = try CatalogWriter.offerYAML(offer, defaultMunicipality: municipality.id) } catch {
            throw .invalidRequest("Tilbuddet kunne ikke skrives som YAML: \(error)")
        }
        guard currentVersion == edit.baseVersion else {
            return .conflict(SaveConflict(id: id, current: currentData.map { String(decoding: $0, as: UTF8.self) },
                                          currentVersion: currentVersion, proposed: text))
        }
        var findings = problems.map { FieldFinding(field: $0.field, severity: .error, message: $0.message) }
        if let centre = editor.centre, offer.centre != centre {
            findings.append(FieldFinding(field: "center", severity: .error,
                                         message: "du kan kun gemme tilbud for dit eget center ('\(centre)')"))
        }
        findings += try check(text, id: id)
        guard !findings.contains(where: { $0.severity == .error }) else { return .invalid(offer, findings) }

        let data = Data(text.utf8)
        let action = currentData == nil ? .created : action
        var notes: [String] = []
        var commitID: String?
        let changes = OfferFields.changes(from: current, to: offer).map { FieldChange(field: $0.field, old: $0.old, new: $0.new) }
        if data != currentData {
            let entry = AuditEntry(at: now, user: editor.name, subject: id, action: action, changes: changes)
            (commitID, notes) = try writeRecorded(data, to: path, entry: entry, reportsFollow: (offerID: id, centre: offer.centre))
            if let note = updateIndex() { notes.append(note) }
        }
        return .saved(SavedOffer(id: id, version: Self.version(of: data), changes: changes,
                                 warnings: findings.filter { $0.severity == .warning }, commit: commitID, notes: notes))
    }

    /// The findings of the catalogue's rules on the offer file text would be, by field: the whole
    /// catalogue is read as `tilbud validate` reads it, with this file's bytes in its place.
    func check(_ text: String, id: String) throws(DirectoryError) -> [FieldFinding] {
        let known = CatalogSnapshot(index: directory.index)?.known
        let catalog: Catalog
        do {
            catalog = try CatalogLoader().load(path: catalogPath, known: known, replacing: ["tilbud/\(id).yaml": Data(text.utf8)])
        } catch { throw .catalog(error) }
        let file = displayPath(id)
        let lines = CatalogWriter.fieldLines(of: text)
        return catalog.findings.filter { $0.file == file }.map {
            FieldFinding(field: $0.field.map(Self.formField) ?? Self.field(named: $0.message) ?? lines[$0.line] ?? "",
                         severity: $0.severity, message: $0.message)
        }
    }

    /// The form field a catalogue field's problem is shown beside (`kontakt` has one per part).
    static func formField(_ field: String) -> String {
        field == "kontakt" ? "kontakt.telefon" : field
    }

    /// The field a message begins by naming (`'navn' mangler`): a missing field has no line of its own.
    static func field(named message: String) -> String? {
        guard message.hasPrefix("'"), let end = message.dropFirst().firstIndex(of: "'") else { return nil }
        let name = String(message[message.index(after: message.startIndex)..<end])
        return OfferFieldGuide.of(name) != nil ? name : nil
    }
}
