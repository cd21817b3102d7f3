import Accounts
import Directory
import Foundation
import Hummingbird
import HummingbirdAuth
import NIOCore
import NIOPosix

/// Everything that decides who enters Redaktionen: the accounts, the sessions (kept in the
/// account file), the form-token key, the login throttle and the limit on anonymous forms.
/// `tilbud serve` opens one and hands it to `buildApplication`; without one the server takes no
/// form at all and stays as read-only as ever.
public final class EditorialAccess: Sendable {
    public let settings: EditorialSettings
    public let accounts: AccountStore
    public let throttle: LoginThrottle
    /// Limits what one client address sends through anonymous forms ("Meld fejl").
    public let reportLimiter: RateLimiter
    let signer: FormTokenSigner
    let sessionStorage: SessionStorage<EditorialSession>
    let trustedUserHeader: HTTPFields.Element.Name?
    let clientAddressHeader: HTTPFields.Element.Name?

    /// The session cookie: sent to `/redaktion` only, never readable by scripts, never with a
    /// request from another site.
    static let sessionCookie = "redaktion_session"
    /// The cookie that binds anonymous forms' tokens to the browser that fetched the form.
    static let anonymousCookie = "formular"
    /// The name of every form's hidden token field.
    public static let tokenField = "formular_token"

    /// Opens the state folder and the accounts; refuses a state folder inside any of `outside`
    /// (the catalogue and index folders). `settings.problems` must be empty.
    public init(settings: EditorialSettings, outside: [String] = [], passwords: PasswordPolicy = .standard) throws(AccountsError) {
        precondition(settings.problems.isEmpty, settings.problems.joined(separator: " "))
        let folder = try StateFolder(path: settings.stateFolder, outside: outside)
        self.settings = settings
        accounts = try AccountStore(folder: folder, passwords: passwords)
        try accounts.removeExpiredSessions()
        signer = FormTokenSigner(key: try folder.signingKey(), lifetime: settings.maximumSessionLength)
        throttle = LoginThrottle(policy: settings.loginThrottle)
        reportLimiter = RateLimiter(limit: settings.reportsPerAddress, window: settings.reportWindow)
        let cookie = SessionCookieParameters(name: Self.sessionCookie, path: "/redaktion", secure: settings.https, sameSite: .strict)
        sessionStorage = SessionStorage(AccountSessionDriver(store: accounts),
                                        configuration: SessionStorageConfiguration(sessionCookieParameters: cookie, keyPrefix: ""))
        trustedUserHeader = settings.trustedUserHeader.flatMap { HTTPFields.Element.Name($0) }
        clientAddressHeader = settings.clientAddressHeader.flatMap { HTTPFields.Element.Name($0) }
    }

    /// The account if name and password match, checked on NIO's thread pool (bcrypt takes a
    /// quarter of a second, which must not hold up other requests).
    func verify(name: String, password: String) async throws -> Account? {
        let accounts = self.accounts
        return try await NIOThreadPool.singleton.runIfActive { try accounts.verify(name: name, password: password) }
    }

    /// Every account as the mail use cases write to it, read on NIO's thread pool (SQLite).
    func mailRecipients() async throws -> [MailRecipient] {
        let accounts = self.accounts
        return try await NIOThreadPool.singleton.runIfActive { try accounts.list().map(\.mailRecipient) }
    }

    /// The client's address for the per-address limits: the configured proxy header's last entry,
    /// else the connection's peer.
    public func clientAddress(_ request: Request, context: some RemoteAddressRequestContext) -> String {
        if let clientAddressHeader, let value = request.headers[values: clientAddressHeader].last,
           let last = value.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return context.remoteAddress?.ipAddress ?? "ukendt"
    }

    // MARK: Anonymous forms ("Meld fejl", the login form)

    /// For a page with an anonymous form: its hidden token field, and the cookie to set on the
    /// response when the browser has none yet (`response.setCookie`).
    public func anonymousForm(purpose: String, request: Request) -> (field: HTML, cookie: Cookie?) {
        if let value = request.cookies[Self.anonymousCookie]?.value, Self.isRandomValue(String(value)) {
            return (field(signer.token(purpose: purpose, binding: String(value))), nil)
        }
        let value = FormTokenSigner.randomValue()
        let cookie = Cookie(name: Self.anonymousCookie, value: value, path: "/", secure: settings.https, httpOnly: true,
                            sameSite: .strict)
        return (field(signer.token(purpose: purpose, binding: value)), cookie)
    }

    /// The fields of a POSTed anonymous form, after checking its token against the browser's
    /// cookie; a Danish 403 when either is missing or wrong.
    public func anonymousFields(purpose: String, request: Request) async throws -> FormFields {
        let fields = try await FormFields.read(request, limit: settings.maximumFormBytes)
        guard let binding = request.cookies[Self.anonymousCookie]?.value, let token = fields.raw(Self.tokenField),
              signer.isValid(token, purpose: purpose, binding: String(binding)) else { throw WebError.staleForm }
        return fields
    }

    /// Counts one send from address against limiter; a Danish 429 when it has sent too much lately.
    public func count(_ address: String, in limiter: RateLimiter) throws(WebError) {
        if let wait = limiter.attempt(address) {
            throw .tooManyRequests(AccountsError.tooManyRequests(retryAfterSeconds: Self.seconds(wait)).description,
                                   retryAfter: Self.seconds(wait))
        }
    }

    func field(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"\(Self.tokenField)\" value=\"\(token)\">"
    }

    static func seconds(_ duration: Duration) -> Int { max(1, Int(duration.components.seconds) + 1) }

    /// A value `FormTokenSigner.randomValue()` could have made: a cookie is never signed unchecked.
    static func isRandomValue(_ value: String) -> Bool {
        value.utf8.count == 43 && value.utf8.allSatisfy { $0 == 0x2D || $0 == 0x5F || (0x30...0x39).contains($0)
            || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }
}
