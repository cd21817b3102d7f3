@testable import Directory
import Hummingbird
import TestSupport
import Testing
@testable import WebApp

/// A read-only server: headers, request limits, error pages.
@Suite struct SecurityTests {
    let site = TestSite.bundled

    @Test func everyRouteHasTheContentSecurityPolicy() async throws {
        for uri in ["/", "/?q=rygestop", "/tilbud/rygestopkursus", "/tilbud/nej", "/udvalg?ids=rygestopkursus", "/udvalg.pdf",
                    "/landkort", "/api/search?q=x", "/api/tilbud/nej", "/openapi.json", "/static/app.js", "/static/udvalg.js", "/static/app.css",
                    "/findes/ikke"] {
            let page = try await site.get(uri)
            #expect(page.headers[.contentSecurityPolicy] == PageGuardMiddleware.contentSecurityPolicy, "\(uri)")
            #expect(page.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
        }
        #expect(PageGuardMiddleware.contentSecurityPolicy.hasPrefix("default-src 'self'"))
        #expect(!PageGuardMiddleware.contentSecurityPolicy.contains("unsafe-inline"))
    }

    @Test func pagesHaveNoInlineScriptOrStyle() async throws {
        for uri in ["/", "/?q=ensom", "/tilbud/rygestopkursus", "/udvalg?ids=rygestopkursus", "/landkort", "/nej"] {
            let text = try await site.get(uri).text
            #expect(text.components(separatedBy: "<script").count == 1 + Layout.scripts.count, "\(uri)")
            #expect(text.contains("<script src=\"/static/udvalg.js\" defer></script>"))
            #expect(text.contains("<script src=\"/static/app.js\" defer></script>"))
            #expect(!text.contains("style=\""), "\(uri)")
            #expect(!text.contains("<style"), "\(uri)")
            #expect(!text.contains(" onclick="), "\(uri)")
        }
    }

    @Test func onlyGetAndHeadAreAllowed() async throws {
        for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
            let page = try await site.get("/", method: method)
            #expect(page.status == .methodNotAllowed)
            #expect(page.headers[.allow] == "GET, HEAD")
            #expect(page.text.contains("Tilbudsguiden kan kun læses"))
        }
        let head = try await site.get("/landkort", method: .head)
        #expect(head.status == .ok)
    }

    /// With Redaktionen on, only its routes take a POST, and only a form of sensible size;
    /// everything else is as read-only as without it.
    @Test func withRedaktionenOnlyItsRoutesTakeAPost() async throws {
        try await EditorialSite().run { client in
            var visitor = Visitor(client)
            for uri in ["/", "/api/search", "/tilbud/rygestop", "/udvalg", "/landkort", "/static/app.js", "/redaktionen", "/meld-fejl"] {
                let page = try await visitor.post(uri, [("q", "x")])
                #expect(page.status == .methodNotAllowed, "\(uri)")
                #expect(page.headers[.allow] == "GET, HEAD")
            }
            for method in [HTTPRequest.Method.put, .delete, .patch] {
                #expect(try await visitor.send("/redaktion/log-ind", method: method, body: nil).status == .methodNotAllowed)
            }
            let withBody = try await visitor.send("/redaktion/log-ind", method: .get, body: ByteBuffer(string: "hallo"),
                                                  extra: [.contentLength: "5"])
            #expect(withBody.status == .contentTooLarge)
            let token = try #require(try await visitor.get("/redaktion/log-ind").formToken)
            let large = try await visitor.post("/redaktion/log-ind", [("formular_token", token), ("brugernavn", String(repeating: "a", count: 70_000))])
            #expect(large.status == .contentTooLarge)
            #expect(large.text.contains("Det sendte fylder mere end 64 KB"))
            let plain = try await visitor.post("/redaktion/log-ind", [("formular_token", token)], contentType: "text/plain")
            #expect(plain.status == .badRequest)
        }
    }

    @Test func requestBodiesAreRefused() async throws {
        let page = try await site.get("/?q=x", headers: [.contentLength: "5"], body: ByteBuffer(string: "hallo"))
        #expect(page.status == .contentTooLarge)
        #expect(page.text.contains("send ingen data"))
    }

    @Test func overlongAddressesAreRefused() async throws {
        let page = try await site.get("/?q=" + String(repeating: "a", count: PageGuardMiddleware.maxURILength))
        #expect(page.status == .uriTooLong)
        let api = try await site.get("/api/search?q=" + String(repeating: "a", count: PageGuardMiddleware.maxURILength))
        #expect(api.status == .uriTooLong)
        #expect(api.contentType == "application/json; charset=utf-8")
    }

    @Test func unknownAddressesAreDanish404s() async throws {
        let page = try await site.get("/findes/ikke")
        #expect(page.status == .notFound)
        #expect(page.text.contains("<h1>Siden findes ikke</h1>"))
        let api = try await site.get("/api/findes-ikke")
        #expect(api.status == .notFound)
        #expect(api.contentType == "application/json; charset=utf-8")
    }

    @Test func withoutAnIndexEveryPageSays503InDanish() async throws {
        let empty = TestSite.withoutIndex()
        for uri in ["/", "/?q=rygestop", "/tilbud/rygestopkursus", "/udvalg?ids=rygestopkursus", "/landkort"] {
            let page = try await empty.get(uri)
            #expect(page.status == .serviceUnavailable, "\(uri)")
            #expect(page.text.contains("Søgeindekset er ikke bygget endnu"), "\(uri)")
            #expect(page.headers[.retryAfter] == "5")
        }
        let api = try await empty.get("/api/search?q=x")
        #expect(api.status == .serviceUnavailable)
        #expect((api.json as? [String: Any])?["status"] as? Int == 503)
    }

    @Test func aNewIndexIsServedWithoutARestart() async throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("web-genindeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        _ = try await directory.reindex()
        let site = TestSite(folder: index, directory: directory)
        #expect(try await site.get("/tilbud/nyt-hold").status == .notFound)
        fixture.write("nyt-hold", CatalogFixture.offer(name: "Nyt hold", summary: "Stolegymnastik for ældre.",
                                                        needs: "[ensomhed-og-faellesskab]", centre: "aeldrecenter"))
        _ = try await directory.reindex()
        #expect(try await site.get("/tilbud/nyt-hold").status == .ok)
        #expect(try await site.get("/?q=stolegymnastik").cardIDs == ["nyt-hold"])
    }
}
