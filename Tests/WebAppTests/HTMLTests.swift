import Testing
@testable import WebApp

@Suite struct HTMLTests {
    @Test func escapesEverythingThatCanEndTextOrAnAttribute() {
        #expect(HTML.escape("<a href=\"x\" title='y'>&</a>") == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTML.escape("Ældre 80+ · ok") == "Ældre 80+ · ok")
    }

    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        let name = "<script>\"x\"</script>"
        let inner: HTML = "<b>\(name)</b>"
        let outer: HTML = "<p title=\"\(name)\">\(inner) \(3)</p>"
        #expect(outer.markup == "<p title=\"&lt;script&gt;&quot;x&quot;&lt;/script&gt;\"><b>&lt;script&gt;&quot;x&quot;&lt;/script&gt;</b> 3</p>")
    }

    @Test func joinAndWhen() {
        #expect(HTML.join(["<a>", "<b>"], separator: ", ").markup == "<a>, <b>")
        #expect(HTML.when(false, "<x>").markup.isEmpty)
    }
}
