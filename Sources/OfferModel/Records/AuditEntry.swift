import Foundation

/// One field of an offer (or one line of a vocabulary file) before and after a change.
public struct FieldChange: Sendable, Hashable, Codable {
    /// The catalogue's field name (`kontakt.telefon`), or what the change is about.
    public var field: String
    public var old: String
    public var new: String

    public init(field: String, old: String, new: String) {
        self.field = field
        self.old = old
        self.new = new
    }
}

/// What an audit entry records.
public enum AuditAction: String, Sendable, Hashable, CaseIterable {
    case created = "oprettet"
    case saved = "gemt"
    case verified = "verificeret"
    case reportClosed = "fejlmelding-lukket"
    case fileSaved = "fil-gemt"
    /// An administrator gave the offer to another centre.
    case handedOver = "overdraget"

    /// Danish words for the audit list.
    public var label: String {
        switch self {
        case .created: "oprettede tilbuddet"
        case .saved: "gemte ændringer"
        case .verified: "bekræftede, at oplysningerne er korrekte"
        case .reportClosed: "lukkede en fejlmelding"
        case .fileSaved: "gemte filen"
        case .handedOver: "gav tilbuddet til et andet center"
        }
    }
}

/// Who changed what, and when: one save, verification or closed report.
public struct AuditEntry: Sendable, Hashable {
    public var id: Int64
    public var at: Date
    /// The account name of the editor.
    public var user: String
    /// The offer id, or the catalogue file name for a vocabulary file.
    public var subject: String
    public var action: AuditAction
    public var changes: [FieldChange]
    /// The git commit of the save, when the catalogue is a git work tree.
    public var commit: String?

    public init(id: Int64 = 0, at: Date, user: String, subject: String, action: AuditAction, changes: [FieldChange], commit: String? = nil) {
        self.id = id
        self.at = at
        self.user = user
        self.subject = subject
        self.action = action
        self.changes = changes
        self.commit = commit
    }
}
