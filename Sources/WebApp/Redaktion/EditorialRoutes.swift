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
