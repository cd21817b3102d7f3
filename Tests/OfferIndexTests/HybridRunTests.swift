import Foundation
import OfferModel
import Testing
import TestSupport
import TextEmbedding
@testable import OfferIndex

/// Hybrid answers with the real model (issue 26): only plausible offers are counted, gibberish
/// finds nothing, each situation is matched on its own, and with an age the offers that state
/// it come first.
@Suite struct HybridRunTests {
    static let engine = VectorStoreTests.engine

    func searcher(_ content: IndexContent) throws -> (OfferSearcher, TemporaryFolder) {
        let folder = TemporaryFolder("hybrid")
        try IndexWriter(location: IndexLocation(directory: folder.path), embedder: try Self.engine.get()).rebuild(content)
        return (try OfferSearcher(location: IndexLocation(directory: folder.path)), folder)
    }

    func search(_ searcher: OfferSearcher, _ request: SearchRequest) throws -> SearchResult {
        let engine = try Self.engine.get()
        return try searcher.search(request, vector: QueryVector(values: try engine.embed([request.text])[0], identity: engine.identity))
    }

    /// "sukkersyge" used to count every offer within 0.02 of the nearest as a match.
    @Test func onlyPlausibleOffersAreCounted() throws {
        let (searcher, folder) = try searcher(SampleContent.content)
        let result = try search(searcher, SearchRequest(text: "diabetes"))
        #expect(result.semanticUsed && result.ids == ["diabetes"] && result.total == 1, "\(result.ids)")
        #expect(result.needCounts == ["kronisk": 1])
        _ = folder
    }

    @Test func gibberishFindsNothing() throws {
        let (searcher, folder) = try searcher(SampleContent.content)
        let result = try search(searcher, SearchRequest(text: "xqzvbt flurp"))
        #expect(result.total == 0 && result.hits.isEmpty && result.quality == .none)
        _ = folder
    }

    /// A query worded like one of an offer's situations meets that situation's own vector.
    @Test func eachSituationHasItsOwnVector() throws {
        var content = SampleContent.content
        let situation = "Min far kan ikke længere huske, hvor han bor"
        content.offers[2].situations = [situation]
        let (searcher, folder) = try searcher(content)
        let result = try search(searcher, SearchRequest(text: situation, ranking: .semantic))
        #expect(result.ids.first == content.offers[2].id)
        #expect((result.hits.first?.similarity ?? 0) > 0.99)
        _ = folder
    }

    /// Issue 25's rule on the search side: with an age, an offer that states an age range
    /// including it comes before one that states no age, and one whose range excludes it is gone.
    @Test func offersThatStateTheAgeComeFirst() throws {
        var content = SampleContent.content
        content.offers += [
            Offer(id: "plejehjem", name: "Plejehjem", summary: "Plejehjem og plejebolig.", needs: ["aeldre"], ages: AgeRange(from: 65),
                  centre: "aeldre", municipality: "testby"),
            Offer(id: "plejebolig-info", name: "Råd om plejebolig", summary: "Råd om plejehjem og plejebolig.", needs: ["aeldre"],
                  centre: "aeldre", municipality: "testby"),
        ]
        let (searcher, folder) = try searcher(content)
        let child = try search(searcher, SearchRequest(text: "plejehjem", age: 8))
        #expect(!child.ids.contains("plejehjem") && child.ids.first == "plejebolig-info")
        let old = try search(searcher, SearchRequest(text: "plejehjem", age: 80))
        let stated = try #require(old.ids.firstIndex(of: "plejehjem")), open = try #require(old.ids.firstIndex(of: "plejebolig-info"))
        #expect(stated < open, "\(old.ids)")
        _ = folder
    }
}
