import Accounts
import Foundation
import Hummingbird
import HummingbirdAuth

/// `/redaktion/log-ind` and `/redaktion/log-ud`: log in with user name and password, log out.
///
/// A login always begins a new session with a new id (the old one, if any, is deleted), so an id
/// planted before login is worth nothing. Every attempt is counted by `LoginThrottle` before its
/// password is checked (a right one is given back); wrong passwords wait `failureDelay`; the right
/// password is refused too while a name or address is throttled.
struct LoginPage: Sendable {
    let access: EditorialAccess
    static let purpose = "log-ind"

    func addRoutes(to group: RouterGroup<EditorialContext>) {
        group.get("log-ind") { request, context in
            if context.account != nil { return Self.redirect(to: Self.returnPath(request.uri.queryParameters.get("videre"))) }
            let note = request.uri.queryParameters.get("logget-ud") != nil ? "Du er logget ud." : nil
            return page(request, returnTo: request.uri.queryParameters.get("videre"), note: note)
        }
        group.post("log-ind") { request, context in try await logIn(request, context: context) }
    }

    /// The routes that need a login: logging out.
    func addSignedInRoutes(to group: RouterGroup<SignedInContext>) {
        group.post("log-ud") { request, context in
            _ = try await context.form(request)
            guard !context.viaSingleSignOn else {
                throw WebError.forbidden("Du er logget ind via kommunens fælles login. Log ud dér.")
            }
            context.sessions.clearSession()
            return Self.redirect(to: "/redaktion/log-ind?logget-ud=1")
        }
    }

    private func logIn(_ request: Request, context: EditorialContext) async throws -> Response {
        let fields = try await access.anonymousFields(purpose: Self.purpose, request: request)
        let name = fields.value("brugernavn") ?? ""
        let password = fields.raw("adgangskode") ?? ""
        let returnTo = fields.value("videre")
        // Counted before the password is checked, so a burst of attempts gets no more checks than the limit.
        let attempt: LoginAttempt
        do {
            attempt = try access.throttle.reserve(name: name, address: context.clientAddress)
        } catch {
            let seconds: Int = if case let .tooManyAttempts(seconds) = error { seconds } else { 60 }
            var response = page(request, returnTo: returnTo, name: name, problem: error.description, status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        guard !name.isEmpty, !password.isEmpty, let account = try await access.verify(name: name, password: password) else {
            try await Task.sleep(for: access.settings.loginThrottle.failureDelay)
            return page(request, returnTo: returnTo, name: name, problem: "Forkert brugernavn eller adgangskode. Prøv igen.",
                        status: .forbidden)
        }
        access.throttle.succeeded(attempt)
        if context.sessions.session != nil { _ = try? await access.sessionStorage.delete(request: request) }
        let session = EditorialSession(accountID: account.id, account: account.name, generation: account.generation,
                                       tokenSecret: FormTokenSigner.randomValue(), started: Date())
        context.sessions.createSession(session, expiresIn: access.settings.idleTimeout)
        return Self.redirect(to: Self.returnPath(returnTo))
    }

    private func page(_ request: Request, returnTo: String?, name: String = "", note: String? = nil, problem: String? = nil,
                      status: HTTPResponse.Status = .ok) -> Response {
        let (field, cookie) = access.anonymousForm(purpose: Self.purpose, request: request)
        let described: HTML = problem == nil ? "" : " aria-describedby=\"log-ind-fejl\""
        let main: HTML = """
        <h1>Log ind i Redaktionen</h1>
        <p>Her holder centrene deres egne tilbud ved lige. Har du ikke en bruger, så spørg den, der driver tilbudsguiden.</p>
        \(HTML.when(note != nil, "<p class=\"besked\" role=\"status\">\(note ?? "")</p>"))
        \(HTML.when(problem != nil, "<p class=\"besked fejl\" id=\"log-ind-fejl\" role=\"alert\">\(problem ?? "")</p>"))
        <form class="log-ind" action="/redaktion/log-ind" method="post">
        \(field)
        <input type="hidden" name="videre" value="\(Self.returnPath(returnTo))">
        <div class="felt"><label for="brugernavn">Brugernavn</label>
        <input id="brugernavn" name="brugernavn" type="text" value="\(name)" autocomplete="username" required maxlength="100"\(described)></div>
        <div class="felt"><label for="adgangskode">Adgangskode</label>
        <input id="adgangskode" name="adgangskode" type="password" autocomplete="current-password" required\(described)></div>
        <div class="felt felt-knap"><button type="submit">Log ind</button></div>
        </form>
        """
        var response = Layout.page(title: "Log ind", section: .none, main: main).response(status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// Where to go after login: a page of Redaktionen, never another site.
    static func returnPath(_ path: String?) -> String {
        guard let path, path.hasPrefix("/redaktion/") || path == "/redaktion",
              !path.contains("\\"), !path.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return "/redaktion" }
        return path
    }

    static func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
