import Testing
import TestSupport
@testable import WebApp

/// `<script>` and quotes, in a query and in an offer's own text, never leave a page unescaped.
@Suite struct EscapingTests {
    static let attacks = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<script>alert(3)</script>",
                          "<script>alert(4)</script>", "<script>alert(5)</script>", "<b>fed</b>", "<i>"]

    /// The only script elements a page may have are the layout's own.
    func expectOnlyThePageScript(_ page: Page, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.text.components(separatedBy: "<script").count == 1 + Layout.scripts.count, sourceLocation: sourceLocation)
        for attack in Self.attacks { #expect(!page.text.contains(attack), "\(attack)", sourceLocation: sourceLocation) }
        #expect(!page.text.contains("href=\"javascript:"), sourceLocation: sourceLocation)
    }

    @Test func aHostileQueryIsEscapedInTheFormTheTitleAndTheNotices() async throws {
        let site = TestSite.bundled
        let query = "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E+%27enkelt%27+%26"
        let page = try await site.get("/?q=\(query)&alder=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        #expect(page.status == .ok)
        expectOnlyThePageScript(page)
        #expect(page.text.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#39;enkelt&#39; &amp;\""))
        #expect(page.text.contains("<title>Søgning: &quot;&gt;&lt;script&gt;"))
        #expect(page.text.contains("Alderen “&lt;script&gt;alert(1)&lt;/sc” er ikke"))
    }

    @Test func anOffersOwnTextIsEscapedOnCardsDetailSheetAndOverview() async throws {
        let site = try TestSite.hostile()
        let results = try await site.get("/?q=rygestop")
        #expect(results.cardIDs.contains("farlig"))
        expectOnlyThePageScript(results)
        #expect(results.text.contains("Farlig &lt;script&gt;alert(1)&lt;/script&gt; &quot;citat&quot; &amp; &#39;enkelt&#39;"))
        #expect(results.text.contains("data-navn=\"Farlig &lt;script&gt;"))
        // The catalogue takes only http(s) web addresses and plain e-mail addresses (`ContactInput`);
        // what they carry is still escaped in the links.
        #expect(results.text.contains("href=\"https://testby.dk/farlig?a=1&amp;b=2\""))
        #expect(results.text.contains("href=\"mailto:farlig@testby.dk\""))

        for uri in ["/tilbud/farlig", "/udvalg?ids=farlig", "/landkort"] {
            let page = try await site.get(uri)
            #expect(page.status == .ok, "\(uri)")
            expectOnlyThePageScript(page)
        }
        let detail = try await site.get("/tilbud/farlig")
        #expect(detail.text.contains("<h1>Farlig &lt;script&gt;alert(1)&lt;/script&gt; &quot;citat&quot;"))
    }

    @Test func theAPIGivesTheTextAsDataNotMarkup() async throws {
        let site = try TestSite.hostile()
        let page = try await site.get("/api/tilbud/farlig")
        #expect(page.contentType == "application/json; charset=utf-8")
        #expect((page.json as? [String: Any])?["navn"] as? String == "Farlig <script>alert(1)</script> \"citat\" & 'enkelt'")
    }
}
