import Accounts
import Foundation
import Hummingbird
import HummingbirdAuth

/// Decides who is logged in for every request under `/redaktion` (after hummingbird-auth's
/// `SessionMiddleware` has loaded the session), keeps the session alive, and renders errors
/// itself so the session middleware still saves or ends the session.
///
/// Who: the trusted single sign-on header when one is configured and present (it must name an
/// existing account), else a session whose account (by its id, never given to another account)
/// still exists with the same password and which has not outlived `maximumSessionLength`. Every request with a good session moves its idle
/// timeout on. Editorial pages are never cached.
struct EditorialGuard: RouterMiddleware {
    typealias Context = EditorialContext
    let access: EditorialAccess

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            var context = context
            context.access = access
            context.clientAddress = access.clientAddress(request, context: context)
            try identify(request, context: &context)
            response = try await next(request, context)
        } catch {
            response = try PageGuardMiddleware.page(for: error, request: request, context: context)
        }
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func identify(_ request: Request, context: inout Context) throws {
        // Only a configured header is ever read; without configuration it is ignored entirely.
        if let header = access.trustedUserHeader {
            let values = request.headers[values: header]
            if values.count > 1 { throw WebError.forbidden("Det fælles login sendte mere end ét brugernavn.") }
            if let name = values.first?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
                guard let account = try access.accounts.find(name: name) else {
                    throw WebError.forbidden("Brugeren \u{201C}\(name)\u{201D} fra kommunens fælles login findes ikke i Redaktionen. Bed en administrator oprette den med tilbud bruger opret.")
                }
                context.account = account
                context.viaSingleSignOn = true
                context.tokenBinding = "sso\u{0}\(account.id)\u{0}\(account.generation)"
                return
            }
        }
        guard let session = context.sessions.session else { return }
        let settings = access.settings
        let started = Date().timeIntervalSince(session.started)
        guard let account = try access.accounts.find(id: session.accountID), account.generation == session.generation,
              started < Double(settings.maximumSessionLength.components.seconds) else {
            context.sessions.clearSession()
            return
        }
        context.account = account
        context.tokenBinding = session.tokenSecret
        context.sessions.withLockedSession { $0?.expiresIn = settings.idleTimeout }
    }
}
