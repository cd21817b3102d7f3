import Accounts
import Directory

extension Account {
    /// The account as the use cases write to it: name, address and what it edits. Both faces
    /// (the report page and `tilbud paamind`) make their recipients here.
    public var mailRecipient: MailRecipient {
        MailRecipient(name: name, address: email, scope: centre.map { .centre($0) } ?? .administrator)
    }
}
