import Foundation
internal import Mail

/// Someone Redaktionen may write to: an account's name, its e-mail address and what it edits.
/// The faces make these from the accounts (which this layer does not know).
public struct MailRecipient: Sendable, Hashable {
    public var name: String
    /// Nil or empty: the account has no address and gets no mail.
    public var address: String?
    public var scope: Editor.Scope

    public init(name: String, address: String?, scope: Editor.Scope) {
        self.name = name
        self.address = address
        self.scope = scope
    }

    var mailAddress: MailAddress? {
        guard let address, !address.isEmpty else { return nil }
        return MailAddress(name: name, address: address)
    }

    /// The editors of centre with an address.
    static func editors(of centre: String, in recipients: [MailRecipient]) -> [MailRecipient] {
        recipients.filter { $0.scope == .centre(centre) && $0.mailAddress != nil }
    }

    /// The administrators with an address.
    static func administrators(in recipients: [MailRecipient]) -> [MailRecipient] {
        recipients.filter { $0.scope == .administrator && $0.mailAddress != nil }
    }
}

/// How Redaktionen sends mail: the transport (sendmail, setting `post.sendmail`), the sender
/// (`post.fra`) and the site's public address (`adresse`) that links in the mail point to.
public struct PostOffice: Sendable {
    let transport: any MailTransport
    let from: MailAddress?
    /// Without a trailing `/`.
    public let publicAddress: String

    public init(sendmail: String, from: String?, publicAddress: String) {
        self.init(transport: Sendmail(program: sendmail), from: from, publicAddress: publicAddress)
    }

    init(transport: any MailTransport, from: String?, publicAddress: String) {
        self.transport = transport
        self.from = from.flatMap { $0.isEmpty ? nil : MailAddress(name: "Tilbudsguiden", address: $0) }
        var address = publicAddress
        while address.hasSuffix("/") { address.removeLast() }
        self.publicAddress = address
    }

    /// The link to a page of the site (`/redaktion/tilbud/<id>`).
    func link(_ path: String) -> String { publicAddress + path }

    /// The domain Message-IDs name: the sender's, else the site's host.
    var domain: String {
        if let from, let at = from.address.lastIndex(of: "@") { return String(from.address[from.address.index(after: at)...]) }
        return URL(string: publicAddress)?.host ?? "tilbudsguide.invalid"
    }

    /// Sends one message; the Danish reason when it could not be handed over.
    func send(to recipients: [MailRecipient], subject: String, body: String, at now: Date) -> String? {
        let message = MailMessage(from: from, to: recipients.compactMap(\.mailAddress), subject: subject, body: body, date: now,
                                  domain: domain)
        do throws(MailError) {
            try transport.send(message)
            return nil
        } catch {
            return error.description
        }
    }
}
