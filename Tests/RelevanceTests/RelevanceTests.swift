import Directory
import Foundation
import OfferIndex
import Testing
import TestSupport

/// The relevance suite: real queries against the real bundled catalogue.
@Suite struct RelevanceTests {
    static let directory: Result<(OfferDirectory, TemporaryFolder), Error> = Result {
        let index = TemporaryFolder("relevans")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path)
        _ = try directory.reindex()
        return (directory, index)
    }

    static func search(_ query: RelevanceCase) throws -> SearchResponse {
        try directory.get().0.search(query.request)
    }

    @Test(arguments: RelevanceCases.all)
    func query(_ query: RelevanceCase) throws {
        let response = try Self.search(query)
        let ids = response.results.map(\.offer.id)
        if query.kind == .noFit {
            #expect(response.quality != .good, "forventede 'ingen gode match', fik \(ids.prefix(3))")
            return
        }
        #expect(response.quality == .good, "svagt svar: \(ids.prefix(3))")
        if let first = query.first {
            #expect(ids.first == first, "først: \(ids.first ?? "intet"), ventede \(first); top 3: \(ids.prefix(3))")
        }
        for id in query.top3 {
            #expect(ids.prefix(3).contains(id), "\(id) ikke i top 3: \(ids.prefix(3))")
        }
        for id in query.never {
            #expect(!ids.contains(id), "\(id) burde ikke være med")
        }
    }

    @Test func thereAreEnoughQueriesOfEveryKind() {
        #expect(RelevanceCases.all.count >= 40)
        let kinds = Set(RelevanceCases.all.map(\.kind))
        #expect(kinds == [.keyword, .layman, .typo, .compound, .synonym, .age, .filter, .noFit])
    }

    /// The figure quoted in docs/soegning.md: share of queries whose expected offer is first.
    @Test func shareWithTheExpectedOfferFirst() throws {
        let judged = RelevanceCases.all.filter { $0.kind != .noFit && ($0.first != nil || !$0.top3.isEmpty) }
        var firstRight = 0
        for query in judged {
            let expected = query.first ?? query.top3[0]
            if try Self.search(query).results.first?.offer.id == expected { firstRight += 1 }
        }
        let share = Double(firstRight) / Double(judged.count)
        print("Relevans: \(firstRight) af \(judged.count) forespørgsler har det forventede tilbud først (\(Int((share * 100).rounded())) %).")
        #expect(share >= 0.8)
    }
}
