import Testing
@testable import WebApp

@Suite struct QueryStringTests {
    @Test func decodesFormsAsBrowsersSendThem() {
        let query = QueryString("q=82-%C3%A5rig+enkemand&behov=a&behov=b&tom=&x")
        #expect(query.first("q") == "82-årig enkemand")
        #expect(query.all("behov") == ["a", "b"])
        #expect(query.first("tom") == nil)
        #expect(query.first("x") == nil)
    }

    @Test func commaListsAndRepeatsWithoutDoubles() {
        #expect(QueryString("ids=a,b&ids=c&ids=a").all("ids", splittingCommas: true) == ["a", "b", "c"])
    }

    @Test func brokenEscapesAreKeptNotFatal() {
        #expect(QueryString("q=100%&r=%zz%4").first("q") == "100%")
        #expect(QueryString("q=%FF").first("q") == "\u{FFFD}")
    }

    @Test func buildsLinksThatDecodeBack() {
        var builder = QueryBuilder()
        builder.add("q", "ældre & \"glade\" + 5")
        builder.add("behov", ["a", "b"])
        let url = builder.url("/")
        let back = QueryString(String(url.dropFirst(2)))
        #expect(back.first("q") == "ældre & \"glade\" + 5")
        #expect(back.all("behov") == ["a", "b"])
    }
}
