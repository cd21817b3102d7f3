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

    /// A query worded like one of an offer's situations meets that situation's own vector: the
    /// offer comes nearer by a quarter of the way (`VectorIndex.situationShare`).
    @Test func eachSituationHasItsOwnVector() throws {
        let situation = "Min far kan ikke længere huske, hvor han bor"
        let (_, plainFolder) = try searcher(SampleContent.content)
        let without = try similarity(in: plainFolder, of: situation, to: "diabetes")
        var content = SampleContent.content
        content.offers[2].situations = [situation]
        let (searcher, folder) = try searcher(content)
        let with = try similarity(in: folder, of: situation, to: "diabetes")
        // The situation's own cosine is 1 (to the int8 rounding), so the lift is a quarter of 1 - without.
        #expect(abs(with - (without + 0.25 * (1 - without))) < 0.01, "\(without) -> \(with)")
        #expect(try search(searcher, SearchRequest(text: situation, ranking: .semantic)).ids.first == "diabetes")
    }

    /// An offer's similarity to text, as the semantic side computes it.
    func similarity(in folder: TemporaryFolder, of text: String, to id: String) throws -> Double {
        let state = try SearcherState(path: try #require(IndexLocation(directory: folder.path).currentDatabase()))
        let index = try #require(state.vectors)
        let docid = try #require(try state.database.docid(uniqueTerm: IndexSchema.Prefix.id + id))
        let filter = VectorFilter(request: SearchRequest(), ages: nil, needCodes: state.needCodes, centreCodes: state.centreCodes)
        let nearest = index.nearest(try Self.engine.get().embed([text])[0], filter: filter, limit: 100)
        return try #require(nearest.first { $0.docid == docid }).similarity
    }

    /// Issue 25's rule on the search side: with an age, an offer that states an age range
    /// including it comes before one that states no age, and one whose range excludes it is gone.
    @Test func offersThatStateTheAgeComeFirst() throws {
        var content = SampleContent.content
        // The offer without an age is the better match by its words (name and summary), so only
        // the rule can put the other first.
        content.offers += [
            Offer(id: "plejecenter", name: "Plejecenter", summary: "Bolig med pleje.", description: "Et plejehjem for ældre.",
                  needs: ["aeldre"], ages: AgeRange(from: 65), centre: "aeldre", municipality: "testby"),
            Offer(id: "plejehjem-info", name: "Plejehjem", summary: "Alt om plejehjem og plejebolig.", needs: ["aeldre"],
                  centre: "aeldre", municipality: "testby"),
        ]
        let (searcher, folder) = try searcher(content)
        let child = try search(searcher, SearchRequest(text: "plejehjem", age: 8))
        #expect(!child.ids.contains("plejecenter") && child.ids.first == "plejehjem-info")
        let anyAge = try search(searcher, SearchRequest(text: "plejehjem"))
        #expect(anyAge.ids.first == "plejehjem-info", "\(anyAge.ids)")
        let old = try search(searcher, SearchRequest(text: "plejehjem", age: 80))
        #expect(old.ids.prefix(2) == ["plejecenter", "plejehjem-info"], "\(old.ids)")
        _ = folder
    }
}
