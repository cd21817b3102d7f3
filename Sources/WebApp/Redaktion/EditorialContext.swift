import Accounts
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The request context under `/redaktion`: the session (from hummingbird-auth's
/// `SessionMiddleware`) and, once `EditorialGuard` has looked, who is logged in.
public struct EditorialContext: ChildRequestContext, SessionRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<EditorialSession>
    public let remoteAddress: SocketAddress?
    /// Set by `EditorialGuard`.
    public internal(set) var access: EditorialAccess?
    /// The logged-in account, nil when nobody is.
    public internal(set) var account: Account?
    /// Logged in through the trusted header of a single sign-on proxy (there is no session to end).
    public internal(set) var viaSingleSignOn = false
    /// What this visitor's form tokens are bound to: the session's secret, or the account for single sign-on.
    var tokenBinding: String?
    /// The client's address for the login throttle (see `EditorialAccess.clientAddress`).
    public internal(set) var clientAddress = ""

    public init(context: WebRequestContext) {
        coreContext = context.coreContext
        remoteAddress = context.remoteAddress
        sessions = SessionContext()
    }
}

/// The request context of every page that needs a login: handlers get the `Account` as a plain
/// value. Made from an `EditorialContext` only when someone is logged in; otherwise the request
/// is sent to the login page (`WebError.loginRequired`).
public struct SignedInContext: ChildRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let account: Account
    public let access: EditorialAccess
    public let viaSingleSignOn: Bool
    public let remoteAddress: SocketAddress?
    let sessions: SessionContext<EditorialSession>
    let tokenBinding: String

    public init(context: EditorialContext) throws {
        guard let account = context.account, let access = context.access, let binding = context.tokenBinding else {
            throw WebError.loginRequired
        }
        coreContext = context.coreContext
        self.account = account
        self.access = access
        viaSingleSignOn = context.viaSingleSignOn
        remoteAddress = context.remoteAddress
        sessions = context.sessions
        tokenBinding = binding
    }

    /// The hidden field every form of Redaktionen carries: a token bound to this session.
    public var tokenField: HTML {
        access.field(access.signer.token(purpose: Self.tokenPurpose, binding: tokenBinding))
    }

    /// The fields of a POSTed form, after checking its token; a Danish 403 when it is missing,
    /// wrong, from another session or too old.
    public func form(_ request: Request) async throws -> FormFields {
        let fields = try await FormFields.read(request, limit: access.settings.maximumFormBytes)
        guard let token = fields.raw(EditorialAccess.tokenField),
              access.signer.isValid(token, purpose: Self.tokenPurpose, binding: tokenBinding) else { throw WebError.staleForm }
        return fields
    }

    /// A Danish 403 unless the account may change centre's offers.
    public func requireMayEdit(centre: String) throws(WebError) {
        guard account.mayEdit(centre: centre) else {
            throw .forbidden("Du er redaktør for et andet center og kan ikke ændre dette centers tilbud.")
        }
    }

    /// A Danish 403 unless the account is an administrator.
    public func requireAdministrator() throws(WebError) {
        guard account.isAdministrator else { throw .forbidden("Det kan kun en administrator.") }
    }

    static let tokenPurpose = "redaktion"
}
