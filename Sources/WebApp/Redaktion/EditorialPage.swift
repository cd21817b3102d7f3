import Accounts
import Directory
import Hummingbird
import OfferModel

/// What every page of Redaktionen shares: the frame with its own menu and log-out button, the
/// editor a use case is called as, and running the (blocking) use cases off the event loops.
enum EditorialPage {
    static func page(title: String, main: HTML, context: SignedInContext, status: HTTPResponse.Status = .ok) -> Response {
        let account = context.account
        let logout: HTML = context.viaSingleSignOn ? "<p class=\"log-ud\">Du er logget ind via kommunens fælles login.</p>" : """
        <form action="/redaktion/log-ud" method="post" class="log-ud">\(context.tokenField)<button type="submit">Log ud</button></form>
        """
        let menu: HTML = """
        <nav class="redaktion-menu" aria-label="Redaktionen"><ul>
        <li><a href="/redaktion">Arbejdsliste</a></li>
        <li><a href="/redaktion/nyt">Nyt tilbud</a></li>
        <li><a href="/">Søgesiden</a></li>
        </ul><p class="logget-ind">Logget ind som <strong>\(HTML.isolated(account.name))</strong> (\(account.roleDescription)).</p>\(logout)</nav>
        """
        return Layout.page(title: title, section: .none, main: menu + main).response(status: status)
    }

    /// Awaits a use case (Directory runs it on its own threads: it locks files, syncs to disk
    /// and may run git), with its error as the Danish page it means.
    static func run<T: Sendable>(_ body: () async throws(DirectoryError) -> T) async throws -> T {
        do { return try await body() } catch { throw WebError(error) }
    }

    static func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}

extension SignedInContext {
    /// The logged-in account as the use cases know an editor.
    var editor: Editor {
        Editor(name: account.name, scope: account.centre.map { .centre($0) } ?? .administrator)
    }
}

extension FormFields {
    /// The form's texts by catalogue field: every field of the guide, a list one value a line,
    /// an unticked list (absent from the form) empty, so clearing a field clears it.
    var offerTexts: [String: String] {
        var texts: [String: String] = [:]
        for field in OfferFieldGuide.all.map(\.field) {
            texts[field] = OfferFields.lists.contains(field) ? values(field).joined(separator: "\n") : (raw(field) ?? "")
        }
        return texts
    }
}

