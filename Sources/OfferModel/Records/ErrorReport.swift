import Foundation

/// A report from a staff member that something in an offer is wrong ("Meld fejl"), open until an
/// editor of the offer's centre closes it with a note.
public struct ErrorReport: Sendable, Hashable {
    public var id: Int64
    public var offerID: String
    /// The centre of the offer when the report came, whose work list shows it.
    public var centre: String
    public var at: Date
    /// What is wrong, in the reporter's words.
    public var text: String
    /// Who reported it, if they said (may be empty).
    public var reporter: String
    public var closedAt: Date?
    public var closedBy: String?
    public var closingNote: String?

    public var isOpen: Bool { closedAt == nil }

    public init(id: Int64 = 0, offerID: String, centre: String, at: Date, text: String, reporter: String,
                closedAt: Date? = nil, closedBy: String? = nil, closingNote: String? = nil) {
        self.id = id
        self.offerID = offerID
        self.centre = centre
        self.at = at
        self.text = text
        self.reporter = reporter
        self.closedAt = closedAt
        self.closedBy = closedBy
        self.closingNote = closingNote
    }
}

/// A sundhed.dk package made from Redaktionen: the next one reports its changes against it.
public struct ExportRecord: Sendable, Hashable {
    public var id: Int64
    public var at: Date
    public var user: String
    /// The folder the package was written to (inside the state folder).
    public var folder: String

    package init(id: Int64, at: Date, user: String, folder: String) {
        self.id = id
        self.at = at
        self.user = user
        self.folder = folder
    }
}
