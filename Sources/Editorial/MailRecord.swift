import Foundation

/// One message Redaktionen meant to send, kept in `redaktion.sqlite` so that a rerun the same
/// day sends nothing twice, a failed send is tried again, and a report mail is sent at most once
/// an hour per offer. Holds the account name of the recipient, never an address or the text.
public struct MailRecord: Sendable, Hashable {
    /// What kind of message.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An editor's monthly list of due offers and open reports.
        case reminder = "paamindelse"
        /// An administrator's overview of every centre.
        case overview = "oversigt"
        /// A new "Meld fejl" report.
        case report = "fejlmelding"
        /// An offer handed to another centre.
        case handover = "overdragelse"
    }

    public var id: Int64
    public var kind: Kind
    /// The account the message is for.
    public var recipient: String
    /// What the message is about: the run's day for reminders, the offer id for the others.
    public var key: String
    /// The day (`YYYY-MM-DD`) the message belongs to.
    public var day: String
    public var createdAt: Date
    /// When it was handed to the mail transport; nil while it still needs sending.
    public var sentAt: Date?
    public var attempts: Int
    /// Why the last try failed, in Danish.
    public var lastError: String?
    /// The offers the message lists.
    public var offers: [String]

    public var isSent: Bool { sentAt != nil }

    public init(id: Int64 = 0, kind: Kind, recipient: String, key: String, day: String, createdAt: Date, sentAt: Date? = nil,
                attempts: Int = 0, lastError: String? = nil, offers: [String] = []) {
        self.id = id
        self.kind = kind
        self.recipient = recipient
        self.key = key
        self.day = day
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.attempts = attempts
        self.lastError = lastError
        self.offers = offers
    }
}
