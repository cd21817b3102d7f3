import Accounts
import Hummingbird
import HummingbirdAuth

/// The routes under `/redaktion`: login and logout, and every page that needs a login.
///
/// A page that needs a login is added to the `RouterGroup<SignedInContext>` that `pages` is
/// given; its handler gets `context.account`, renders `context.tokenField` into each form, reads a
/// POST with `try await context.form(request)` (a Danish 403 without the right token) and checks
/// roles with `context.requireMayEdit(centre:)` / `context.requireAdministrator()`.
struct EditorialRoutes: Sendable {
    let access: EditorialAccess

    func addRoutes(to router: Router<WebRequestContext>, pages: (RouterGroup<SignedInContext>) -> Void) {
        let group = router.group("/redaktion", context: EditorialContext.self)
            .add(middleware: SessionMiddleware(sessionStorage: access.sessionStorage,
                                               defaultSessionExpiration: access.settings.idleTimeout))
            .add(middleware: EditorialGuard(access: access))
        let login = LoginPage(access: access)
        login.addRoutes(to: group)
        let signedIn = group.group(context: SignedInContext.self)
        login.addSignedInRoutes(to: signedIn)
        pages(signedIn)
    }
}

/// `/redaktion` after login, until the work list takes its place: who is logged in, and the log-out button.
struct EditorialHome: Sendable {
    func addRoutes(to group: RouterGroup<SignedInContext>) {
        group.get("") { _, context in page(context) }
    }

    func page(_ context: SignedInContext) -> Response {
        let account = context.account
        let role = account.centre.map { "center \($0)" } ?? "administrator"
        let logout: HTML = context.viaSingleSignOn
            ? "<p>Du er logget ind via kommunens fælles login.</p>"
            : "<form action=\"/redaktion/log-ud\" method=\"post\">\(context.tokenField)<button type=\"submit\">Log ud</button></form>"
        let main: HTML = """
        <h1>Redaktionen</h1>
        <p class="logget-ind">Logget ind som <strong>\(account.name)</strong> (\(role)).</p>
        \(logout)
        """
        return Layout.page(title: "Redaktionen", section: .none, main: main).response()
    }
}
