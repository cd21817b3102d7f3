import Accounts
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Logging in and out of Redaktionen against the live server (a real socket, a real account file).
@Suite struct LoginPageTests {
    @Test func withoutASessionRedaktionenSendsToTheDanishLoginPage() async throws {
        try await EditorialSite().run { client in
            var visitor = Visitor(client)
            let home = try await visitor.get("/redaktion")
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/redaktion/log-ind")
            let login = try await visitor.get("/redaktion/log-ind")
            #expect(login.status == .ok)
            #expect(login.text.contains("<h1>Log ind i Redaktionen</h1>"))
            #expect(login.text.contains("<label for=\"brugernavn\">Brugernavn</label>"))
            #expect(login.text.contains("<label for=\"adgangskode\">Adgangskode</label>"))
            #expect(login.text.contains("type=\"password\" autocomplete=\"current-password\""))
            #expect(login.formToken != nil)
            #expect(login.headers[.cacheControl] == "no-store")
            #expect(login.headers[.contentSecurityPolicy] == PageGuardMiddleware.contentSecurityPolicy)
            #expect(login.text.components(separatedBy: "<script").count == 1 + Layout.scripts.count)
            #expect(!login.text.contains("style=\""))
            let cookie = try #require(login.setCookie(EditorialAccess.anonymousCookie))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            let logout = try await visitor.post("/redaktion/log-ud", [("formular_token", "x")])
            #expect(logout.status == .forbidden)
            #expect(logout.text.contains("Du er ikke logget ind i Redaktionen"))
        }
    }

    @Test func aWrongPasswordGivesADanishMessageAndNoSession() async throws {
        try await EditorialSite().run { client in
            var visitor = Visitor(client)
            let page = try await visitor.logIn("anna", password: "forkert-adgangskode")
            #expect(page.status == .forbidden)
            #expect(page.text.contains("Forkert brugernavn eller adgangskode. Prøv igen."))
            #expect(page.text.contains("value=\"anna\""), "the name is kept, the password is not")
            #expect(!page.text.contains("forkert-adgangskode"))
            #expect(page.setCookie(EditorialAccess.sessionCookie) == nil)
            #expect(visitor.session == nil)
            #expect(try await visitor.logIn("ingen-saadan").status == .forbidden)
            #expect(try await visitor.get("/redaktion").status == .seeOther)
        }
    }

    @Test func aLoginBeginsANewSessionWithAStrictHttpOnlyCookie() async throws {
        try await EditorialSite().run { client in
            var visitor = Visitor(client)
            visitor.cookies[EditorialAccess.sessionCookie] = "plantet-af-en-anden"
            let form = try await visitor.get("/redaktion/log-ind")
            let login = try await visitor.logIn("anna")
            #expect(login.status == .seeOther)
            #expect(login.headers[.location] == "/redaktion")
            let cookie = try #require(login.setCookie(EditorialAccess.sessionCookie))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/redaktion"))
            #expect(!cookie.contains("Secure"))
            let first = try #require(visitor.session)
            #expect(first != "plantet-af-en-anden" && first.count >= 40)
            let home = try await visitor.get("/redaktion")
            #expect(home.status == .ok)
            #expect(home.text.contains("Logget ind som <strong><bdi>anna</bdi></strong> (redaktør for sundhedscenter)."))
            #expect(home.text.contains("<button type=\"submit\">Log ud</button>"))
            #expect(home.headers[.cacheControl] == "no-store")
            #expect(home.text.components(separatedBy: "<script").count == 1 + Layout.scripts.count)

            // Logging in again gives yet another id, and the one before stops working.
            _ = try await visitor.post("/redaktion/log-ind", [("formular_token", form.formToken ?? ""), ("brugernavn", "bo"),
                                                              ("adgangskode", EditorialSite.password)])
            let second = try #require(visitor.session)
            #expect(second != first)
            #expect(try await visitor.get("/redaktion").text.contains("Logget ind som <strong><bdi>bo</bdi></strong> (administrator)."))
            var old = Visitor(client)
            old.cookies[EditorialAccess.sessionCookie] = first
            #expect(try await old.get("/redaktion").status == .seeOther)
        }
    }

    @Test func afterLoginTheVisitorReturnsToThePageAskedFor() async throws {
        try await EditorialSite().run { client in
            var visitor = Visitor(client)
            let form = try await visitor.get("/redaktion/log-ind?videre=/redaktion/tilbud/rygestop")
            #expect(form.text.contains("name=\"videre\" value=\"/redaktion/tilbud/rygestop\""))
            for (asked, landing) in [("/redaktion/tilbud/rygestop", "/redaktion/tilbud/rygestop"), ("https://ond.example/", "/redaktion"),
                                     ("//ond.example/redaktion", "/redaktion")] {
                let page = try await visitor.post("/redaktion/log-ind", [("formular_token", form.formToken ?? ""), ("brugernavn", "anna"),
                                                                         ("adgangskode", EditorialSite.password), ("videre", asked)])
                #expect(page.headers[.location] == landing, "\(asked)")
            }
        }
    }

    @Test func cookiesAreSecureWhenTheSiteIsServedOverHTTPS() async throws {
        try await EditorialSite { $0.https = true }.run { client in
            var visitor = Visitor(client)
            let form = try await visitor.get("/redaktion/log-ind")
            #expect(form.setCookie(EditorialAccess.anonymousCookie)?.contains("Secure") == true)
            let login = try await visitor.logIn("anna")
            let cookie = try #require(login.setCookie(EditorialAccess.sessionCookie))
            #expect(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        }
    }

    @Test func loggingOutEndsTheSession() async throws {
        try await EditorialSite().run { client in
            var visitor = Visitor(client)
            _ = try await visitor.logIn("anna")
            let session = try #require(visitor.session)
            let home = try await visitor.get("/redaktion")
            let out = try await visitor.post("/redaktion/log-ud", [("formular_token", home.formToken ?? "")])
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/redaktion/log-ind?logget-ud=1")
            #expect(visitor.session == nil, "the cookie is expired")
            #expect(try await visitor.get("/redaktion/log-ind?logget-ud=1").text.contains("Du er logget ud."))
            var replay = Visitor(client)
            replay.cookies[EditorialAccess.sessionCookie] = session
            #expect(try await replay.get("/redaktion").status == .seeOther, "the old cookie no longer works")
        }
    }

    /// Each request moves the stored expiry on to its own time plus the idle timeout. Read from the
    /// account file itself, so a slow machine cannot fail it: the timeout is far longer than any stall.
    @Test func eachRequestMovesTheSessionsIdleTimeoutOn() async throws {
        let site = try EditorialSite { $0.idleTimeout = .seconds(600) }
        try await site.run { client in
            var visitor = Visitor(client)
            _ = try await visitor.logIn("anna")
            let session = try #require(visitor.session)
            let first = try #require(try site.access.accounts.session(key: session)?.expires)
            try await Task.sleep(for: .seconds(1.5))
            let asked = Date()
            let page = try await visitor.get("/redaktion")
            #expect(page.status == .ok, "\(page.status): \(page.text.prefix(400))")
            let moved = try #require(try site.access.accounts.session(key: session)?.expires)
            #expect(moved.timeIntervalSince(first) >= 1.4, "the expiry moved on by the time between the requests")
            #expect(moved.timeIntervalSince(asked) >= 599, "\(moved.timeIntervalSince(asked)) s ahead")
            let cookie = try #require(page.setCookie(EditorialAccess.sessionCookie), "the browser's cookie moves on too")
            let expires = try #require(Visitor.expiry(cookie))
            #expect(expires.timeIntervalSince(asked) >= 598, "\(cookie)")
            #expect(visitor.session == session, "the same session goes on")
        }
    }

    /// A session left alone for longer than its idle timeout is refused; nothing a slow machine does
    /// can make it younger, so this cannot fail by timing.
    @Test func aSessionIdleForLongerThanItsTimeoutIsRefused() async throws {
        try await EditorialSite { $0.idleTimeout = .seconds(2) }.run { client in
            var visitor = Visitor(client)
            let login = try await visitor.logIn("anna")
            // Read from the answer itself: on a loaded machine the cookie's whole-second Expires
            // can be past already when the answer arrives, and then the visitor drops it.
            let cookie = try #require(login.setCookie(EditorialAccess.sessionCookie), "\(login.status)")
            let session = String(cookie.prefix { $0 != ";" }.dropFirst(EditorialAccess.sessionCookie.count + 1))
            #expect(!session.isEmpty)
            try await Task.sleep(for: .seconds(3))
            var idle = Visitor(client)
            idle.cookies[EditorialAccess.sessionCookie] = session
            let page = try await idle.get("/redaktion")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/redaktion/log-ind")
        }
    }

    @Test func guessingIsSlowedDownThenRefusedWithADanishMessage() async throws {
        let policy = LoginThrottle.Policy(perName: 3, perAddress: 20, failureDelay: .milliseconds(300))
        try await EditorialSite { $0.loginThrottle = policy }.run { client in
            var visitor = Visitor(client)
            for _ in 0..<3 {
                let started = ContinuousClock.now
                #expect(try await visitor.logIn("anna", password: "gaet-\(UUID())").status == .forbidden)
                #expect(ContinuousClock.now - started >= .milliseconds(300))
            }
            let refused = try await visitor.logIn("anna")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.text.contains("For mange forkerte forsøg på at logge ind. Prøv igen om 15 minutter."))
            #expect(refused.headers[.retryAfter].flatMap(Int.init).map { $0 > 800 } == true)
            #expect(visitor.session == nil, "even the right password is refused while throttled")
            #expect(try await visitor.logIn("ANNA").status == .tooManyRequests, "names are counted without regard to case")
            #expect(try await visitor.logIn("bo").status == .seeOther, "another name from the same address still gets in")
        }
    }

    @Test func oneAddressTryingManyNamesIsRefused() async throws {
        let policy = LoginThrottle.Policy(perName: 5, perAddress: 4, failureDelay: .zero)
        try await EditorialSite { $0.loginThrottle = policy }.run { client in
            var visitor = Visitor(client)
            for index in 0..<4 { #expect(try await visitor.logIn("navn-\(index)").status == .forbidden) }
            let refused = try await visitor.logIn("bo")
            #expect(refused.status == .tooManyRequests)
            #expect(refused.text.contains("For mange forkerte forsøg"))
        }
    }

    /// 40 logins for one name at the same moment, each on a connection of its own, with bcrypt slow
    /// enough (cost 10) that all arrive before the first is checked: only the first `perName` get
    /// their password checked (a 403 each); the rest are refused at once, and so is the right
    /// password afterwards.
    @Test func aParallelBurstForOneNameIsRefusedAfterTheLimit() async throws {
        let policy = LoginThrottle.Policy(perName: 5, perAddress: 100, failureDelay: .zero)
        try await EditorialSite(cost: 10) { $0.loginThrottle = policy }.run { client in
            var visitor = Visitor(client)
            let form = try await visitor.get("/redaktion/log-ind")
            let token = try #require(form.formToken)
            let cookie = try #require(visitor.cookies[EditorialAccess.anonymousCookie])
            let port = try #require(client.port)
            let body = "formular_token=\(Visitor.escaped(token))&brugernavn=anna&adgangskode=forkert-adgangskode"
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "\(EditorialAccess.anonymousCookie)=\(cookie)"]
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        try await TestClient.withClient(host: "localhost", port: port) { connection in
                            try await connection.post("/redaktion/log-ind", headers: headers, body: ByteBuffer(string: body)).status
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.count { $0 == .forbidden } == 5, "\(statuses.map(\.code))")
            #expect(statuses.count { $0 == .tooManyRequests } == 35, "\(statuses.map(\.code))")
            #expect(try await visitor.logIn("anna").status == .tooManyRequests)
        }
    }
}
