import Foundation

/// A person's name and e-mail address, as a message header names them.
public struct MailAddress: Sendable, Hashable {
    public var name: String
    public var address: String

    public init(name: String = "", address: String) {
        self.name = name
        self.address = address
    }

    /// `Anna Jensen <anna@ishoj.dk>`, the name RFC 2047-encoded when it is not plain ASCII
    /// words; only the address when there is no name.
    var header: String {
        let name = name.filter { !$0.isNewline }
        guard !name.isEmpty else { return address }
        let plain = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " ") }
        // An encoded name is folded before the address, so no line grows past 76 characters.
        return plain ? "\(name) <\(address)>" : HeaderEncoding.encode(name) + "\n <\(address)>"
    }
}

/// A plain-text e-mail: UTF-8, quoted-printable body, RFC 2047 headers, a Message-ID and a Date,
/// rendered as sendmail reads it (`-t`: the recipients from the headers).
public struct MailMessage: Sendable, Hashable {
    /// Nil leaves the sender to the mail transport (msmtp's `from`).
    public var from: MailAddress?
    public var to: [MailAddress]
    public var subject: String
    /// The text, lines separated by `\n`.
    public var body: String
    public var date: Date
    /// Without angle brackets: `<uuid>@<domain>`.
    public var messageID: String

    public init(from: MailAddress?, to: [MailAddress], subject: String, body: String, date: Date = Date(), domain: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        messageID = "\(UUID().uuidString.lowercased())@\(domain.isEmpty ? "tilbudsguide.invalid" : domain)"
    }

    /// The message as lines of text ending in `\n` (sendmail turns them into CRLF).
    public var rendered: String {
        var headers: [String] = []
        if let from { headers.append("From: " + from.header) }
        headers.append("To: " + to.map(\.header).joined(separator: ",\n "))
        headers.append("Subject: " + HeaderEncoding.encode(subject))
        headers.append("Date: " + Self.dateHeader(date))
        headers.append("Message-ID: <\(messageID)>")
        headers.append("MIME-Version: 1.0")
        headers.append("Content-Type: text/plain; charset=utf-8")
        headers.append("Content-Transfer-Encoding: quoted-printable")
        headers.append("Auto-Submitted: auto-generated")
        return headers.joined(separator: "\n") + "\n\n" + QuotedPrintable.encode(body) + "\n"
    }

    /// RFC 5322's date: `Mon, 07 Dec 2026 07:00:00 +0100`, in the machine's time zone.
    static func dateHeader(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
