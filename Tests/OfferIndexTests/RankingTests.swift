@testable import OfferIndex
import OfferModel
import Testing
import TestSupport

/// The length normalisation of BM25 done at indexing (`IndexSchema.Ranking`).
@Suite struct RankingTests {
    typealias Ranking = IndexSchema.Ranking

    /// BM25's term weight with length normalisation, and ours from the stored wdf with b = 0,
    /// differ by one constant factor (to the rounding), so they order documents alike.
    @Test func storedWDFsGiveBM25sOrder() {
        func bm25(_ wdf: Int, _ length: Int, _ average: Double) -> Double {
            let k = Ranking.k1 * Ranking.lengthFactor(length: length, average: average)
            return (Ranking.k1 + 1) * Double(wdf) / (k + Double(wdf))
        }
        func ours(_ wdf: Int, _ length: Int, _ average: Double) -> Double {
            let stored = Double(Ranking.storedWDF(wdf, factor: Ranking.lengthFactor(length: length, average: average)))
            return (Ranking.searchK1 + 1) * stored / (Ranking.searchK1 + stored)
        }
        let constant = (Ranking.searchK1 + 1) / (Ranking.k1 + 1)
        for (wdf, length, average) in [(1, 40, 120.0), (1, 120, 120.0), (1, 600, 120.0), (3, 10, 120.0), (7, 250, 80.0), (2, 2_000, 90.0)] {
            let ratio = ours(wdf, length, average) / bm25(wdf, length, average)
            #expect(abs(ratio / constant - 1) < 0.03, "wdf \(wdf), længde \(length): \(ratio / constant)")
        }
        #expect(Ranking.lengthFactor(length: 10, average: 100) == Ranking.lengthFactor(length: 50, average: 100), "kortere end halvdelen tæller som halvdelen")
        #expect(Ranking.storedWDF(1, factor: 100) == 1, "et ord, der står der, tæller altid")
    }

    /// The same word once in a short text ranks above once in a long one, in a real index.
    @Test func aShortTextWithTheWordRanksAboveALongOne() throws {
        let filler = Array(repeating: "praktisk information om tilbuddet", count: 40).joined(separator: " ")
        let long = Offer(id: "lang", name: "Hold A", summary: "", description: "Om ensomhed. " + filler, needs: [])
        let short = Offer(id: "kort", name: "Hold B", summary: "", description: "Om ensomhed.", needs: [])
        let middle = Offer(id: "mellem", name: "Hold C", summary: "", description: "Om ensomhed. " + filler.prefix(300), needs: [])
        let (searcher, folder) = try SampleContent.searcher(IndexContent(offers: [long, middle, short]), options: .plain)
        defer { withExtendedLifetime(folder) {} }
        #expect(try searcher.search(SearchRequest(text: "ensomhed")).ids == ["kort", "mellem", "lang"])
        // The same three written by in-place updates keep that order (the stored average is used).
        let location = IndexLocation(directory: folder.path)
        let changed = Offer(id: "lang", name: "Hold A", summary: "", description: "Om ensomhed igen. " + filler, needs: [])
        let report = try IndexWriter(location: location, options: .plain).update(IndexContent(offers: [changed, middle, short]))
        #expect(report.mode == .incremental)
        #expect(try OfferSearcher(location: location).search(SearchRequest(text: "ensomhed")).ids == ["kort", "mellem", "lang"])
    }
}
