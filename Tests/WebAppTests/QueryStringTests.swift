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

    /// Values are trimmed of the white space Foundation's `.whitespacesAndNewlines` names, and only that.
    @Test func valuesAreTrimmedOfEveryKindOfWhiteSpace() {
        let query = QueryString("q=%C2%A0%E2%80%83ryge+stop%09%0A&r=+%E3%80%80+&s=%E2%80%8Bx")
        #expect(query.first("q") == "ryge stop")
        #expect(query.first("r") == nil)
        #expect(query.first("s") == "\u{200B}x", "a zero-width space is not white space")
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
