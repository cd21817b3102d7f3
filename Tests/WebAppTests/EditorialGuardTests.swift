import Accounts
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Who counts as logged in, form tokens, and the single sign-on header, on the live server.
@Suite struct EditorialGuardTests {
    @Test func aFormWithoutItsTokenOrWithAWrongOneIs403() async throws {
        try await EditorialSite().run { client in
            var anna = Visitor(client), bo = Visitor(client)
            _ = try await anna.logIn("anna")
            _ = try await bo.logIn("bo")
            let annasToken = try #require(try await anna.get("/redaktion").formToken)
            let bosToken = try #require(try await bo.get("/redaktion").formToken)
            var stranger = Visitor(client)
            let loginToken = try #require(try await stranger.get("/redaktion/log-ind").formToken)
            for fields in [[], [("formular_token", "")], [("formular_token", "1.abc")], [("formular_token", bosToken)],
                           [("formular_token", loginToken)], [("formular_token", annasToken + "x")]] {
                let page = try await anna.post("/redaktion/log-ud", fields)
                #expect(page.status == .forbidden, "\(fields)")
                #expect(page.text.contains("<h1>Formularen kunne ikke bruges</h1>"))
            }
            #expect(try await anna.get("/redaktion").status == .ok, "a refused form leaves the session as it was")
            #expect(try await anna.post("/redaktion/log-ud", [("formular_token", annasToken)]).status == .seeOther)
        }
    }

    @Test func theLoginFormNeedsItsTokenAndTheBrowsersCookie() async throws {
        try await EditorialSite().run { client in
            var visitor = Visitor(client)
            let token = try #require(try await visitor.get("/redaktion/log-ind").formToken)
            let fields = [("brugernavn", "anna"), ("adgangskode", EditorialSite.password)]
            #expect(try await visitor.post("/redaktion/log-ind", fields).status == .forbidden)
            var stranger = Visitor(client)
            #expect(try await stranger.post("/redaktion/log-ind", fields + [("formular_token", token)]).status == .forbidden,
                    "a token is worth nothing without the cookie it was made for")
            #expect(stranger.session == nil && visitor.session == nil)
            #expect(try await visitor.post("/redaktion/log-ind", fields + [("formular_token", token)]).status == .seeOther)
        }
    }

    @Test func aPasswordChangeOrADeletedAccountEndsItsSessions() async throws {
        let site = try EditorialSite()
        try await site.run { client in
            var visitor = Visitor(client)
            _ = try await visitor.logIn("anna")
            #expect(try await visitor.get("/redaktion").status == .ok)
            try site.access.accounts.changePassword(name: "anna", to: "en-helt-ny-kode")
            #expect(try await visitor.get("/redaktion").status == .seeOther)
            _ = try await visitor.logIn("anna", password: "en-helt-ny-kode")
            #expect(try await visitor.get("/redaktion").status == .ok)
            try site.access.accounts.delete(name: "anna")
            #expect(try await visitor.get("/redaktion").status == .seeOther)
        }
    }

    /// Delete a user and create the same name again for another centre: the old account's cookie
    /// must not open the new account.
    @Test func aDeletedAccountsCookieDoesNotOpenANewAccountOfTheSameName() async throws {
        let site = try EditorialSite()
        try await site.run { client in
            var old = Visitor(client)
            _ = try await old.logIn("anna")
            #expect(try await old.get("/redaktion").text.contains("redaktør for sundhedscenter"))
            try site.access.accounts.delete(name: "anna")
            try site.access.accounts.create(name: "anna", password: "en-helt-anden-kode", role: .editor(centre: "aeldrecenter"),
                                            centres: ["sundhedscenter", "aeldrecenter"])
            let page = try await old.get("/redaktion")
            #expect(page.status == .seeOther, "\(page.text.prefix(300))")
            #expect(page.headers[.location] == "/redaktion/log-ind")
            var new = Visitor(client)
            _ = try await new.logIn("anna", password: "en-helt-anden-kode")
            #expect(try await new.get("/redaktion").text.contains("redaktør for aeldrecenter"))
        }
    }

    @Test func theTrustedHeaderIsIgnoredUnlessConfigured() async throws {
        try await EditorialSite().run { client in
            var visitor = Visitor(client, headers: [HTTPFields.Element.Name("X-Remote-User")!: "bo"])
            let page = try await visitor.get("/redaktion")
            #expect(page.status == .seeOther)
            #expect(visitor.session == nil)
        }
    }

    @Test func theTrustedHeaderLogsInAnExistingAccountWhenConfigured() async throws {
        let header = HTTPFields.Element.Name("X-Remote-User")!
        let site = try EditorialSite { $0.trustedUserHeader = "X-Remote-User" }
        // Bound to the account (there is no session), as `SignedInContext.tokenField` makes it.
        let anna = try #require(try site.access.accounts.find(name: "anna"))
        let token = site.access.signer.token(purpose: SignedInContext.tokenPurpose, binding: "sso\u{0}\(anna.id)\u{0}1")
        try await site.run { client in
            var visitor = Visitor(client, headers: [header: "ANNA"])
            let home = try await visitor.get("/redaktion")
            #expect(home.status == .ok)
            #expect(home.text.contains("Logget ind som <strong><bdi>anna</bdi></strong> (redaktør for sundhedscenter)."))
            #expect(home.text.contains("via kommunens fælles login") && !home.text.contains("Log ud</button>"))
            #expect(home.setCookie(EditorialAccess.sessionCookie) == nil, "no session is needed")
            let missing = try await visitor.post("/redaktion/log-ud", [])
            #expect(missing.status == .forbidden && missing.text.contains("Formularen kunne ikke bruges"), "forms still need their token")
            let out = try await visitor.post("/redaktion/log-ud", [("formular_token", token)])
            #expect(out.status == .forbidden && out.text.contains("Log ud dér"))

            var unknown = Visitor(client, headers: [header: "<script>alert(1)</script>\"x"])
            let refused = try await unknown.get("/redaktion")
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;x"))
            #expect(!refused.text.contains("<script>alert(1)"))
            var without = Visitor(client)
            #expect(try await without.get("/redaktion").status == .seeOther, "without the header: the login page")
            var twice = Visitor(client)
            #expect(try await twice.send("/redaktion", method: .get, body: nil, extra: [header: "anna", header: "bo"]).status == .forbidden)
        }
    }

    @Test func ampersandsAndQuotesInAUserNameAreEscaped() async throws {
        let site = try EditorialSite()
        // `<` and `>` are refused in names (git cannot use them), so a name carries the rest.
        let name = "Bo & \"Co\" O'Hara"
        try site.access.accounts.create(name: name, password: EditorialSite.password, role: .administrator, centres: [])
        try await site.run { client in
            var visitor = Visitor(client)
            _ = try await visitor.logIn(name)
            let home = try await visitor.get("/redaktion")
            #expect(home.status == .ok)
            #expect(home.text.contains("Logget ind som <strong><bdi>Bo &amp; &quot;Co&quot; O&#39;Hara</bdi></strong>"))
            var other = Visitor(client)
            let failed = try await other.logIn("\"><script>alert(2)</script>", password: "forkert-forkert")
            #expect(failed.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""))
            #expect(!failed.text.contains("<script>alert(2)"))
        }
    }
}
