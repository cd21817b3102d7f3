import Testing
@testable import WebApp

@Suite struct StaticFilesTests {
    let site = TestSite.bundled

    @Test func stylesheetAndScriptWithTypesAndRevalidation() async throws {
        let css = try await site.get("/static/app.css")
        #expect(css.status == .ok)
        #expect(css.contentType == "text/css; charset=utf-8")
        #expect(css.text.contains("@page { size: A4"))
        #expect(css.text.contains(":focus-visible"))
        let js = try await site.get("/static/app.js")
        #expect(js.status == .ok)
        #expect(js.contentType == "text/javascript; charset=utf-8")
        #expect(js.text.contains("/api/search"))
        #expect(!js.text.contains("innerHTML"))
        let selection = try await site.get("/static/udvalg.js")
        #expect(selection.status == .ok)
        #expect(selection.contentType == "text/javascript; charset=utf-8")
        #expect(selection.text.contains("localStorage") && selection.text.contains("tilbudsguide:tegnet"))
        #expect(!selection.text.contains("innerHTML"))
        #expect(js.text.contains("tilbudsguide:tegnet"), "app.js melder, når resultaterne er tegnet igen")
        let etag = try #require(js.headers[.eTag])
        let again = try await site.get("/static/app.js", headers: [.ifNoneMatch: etag])
        #expect(again.status == .notModified)
    }

    @Test func nothingElseCanBeReached() async throws {
        for uri in ["/static/", "/static/app.js.bak", "/static/../Package.swift", "/static/%2e%2e/Package.swift",
                    "/static/..%2F..%2FPackage.swift", "/static//etc/passwd", "/Package.swift", "/Resources/app.js",
                    "/Resources/udvalg.js", "/static/udvalg.js.bak",
                    "/static/openapi.json", "/.git/config"] {
            let page = try await site.get(uri)
            #expect(page.status == .notFound, "\(uri) gav \(page.status)")
        }
    }
}
