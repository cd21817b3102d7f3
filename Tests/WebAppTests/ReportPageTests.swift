import Testing
@testable import WebApp

@Suite struct ReportPageTests {
    /// "Meld fejl" opened from a search keeps it: in its links back and in the form's own address,
    /// so the thank-you page can lead back to the same search.
    @Test func theFormKeepsTheSearchItWasOpenedFrom() async throws {
        let site = try EditorialSite()
        try await site.run { client in
            var visitor = Visitor(client)
            let page = try await visitor.get("/meld-fejl/rygestop?q=rygning&alder=50")
            #expect(page.status == .ok)
            #expect(page.text.contains("<a href=\"/?q=rygning&amp;alder=50\">Tilbage til søgningen</a>"))
            #expect(page.text.contains("<a href=\"/tilbud/rygestop?q=rygning&amp;alder=50\">Tilbage til tilbuddet</a>"))
            #expect(page.text.contains("action=\"/meld-fejl/rygestop?q=rygning&amp;alder=50\""))
            let plain = try await visitor.get("/meld-fejl/rygestop")
            #expect(plain.text.contains("action=\"/meld-fejl/rygestop\""))
        }
    }
}
