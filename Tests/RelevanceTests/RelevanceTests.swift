@testable import Directory
import Foundation
import OfferIndex
import OfferModel
import TestSupport
import Testing

/// The relevance suite: real queries against the real bundled catalogue, ranked as every face
/// ranks them (`OfferDirectory.search`, hybrid), with the figures of each side printed.
@Suite struct RelevanceTests {
    static let directory: Result<(OfferDirectory, TemporaryFolder), Error> = Result {
        let index = TemporaryFolder("relevans")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path)
        _ = try directory.reindex()
        return (directory, index)
    }

    static let all = RelevanceCases.all + SituationCases.all + TrustCases.all

    static func search(_ query: RelevanceCase, ranking: SearchRequest.Ranking = .weightedSum) throws -> SearchResponse {
        try directory.get().0.search(query.request(ranking: ranking))
    }

    @Test func semanticSearchIsReady() throws {
        let status = try Self.directory.get().0.semanticStatus
        #expect(status.state == .ready, "\(status.description)")
    }

    /// Queries of the new suite that the fused ranking does not yet answer as written (their
    /// cases were written before any result was seen and are left as they are); they are in the
    /// figures below, and docs/soegning.md says why they miss.
    static let knownMisses: [String: String] = [
        "lonely after my wife died": "sorggruppen er først, men en studiegruppe kan komme med som svagt semantisk hit nr. 10",
        "زوجي مصاب بالخرف وأنا متعبة جدا": "modellen kobler ikke den arabiske sætning om en dement ægtefælle til demens- eller pårørendetilbud",
    ]

    /// Known misses that sit on a threshold, so that the rounding of an engine build decides them:
    /// the studiegruppe is the 10th hit just at the calibrated similarity (with the engine built
    /// with -O2 it came in, with -O3 not).
    static let onTheThreshold: Set<String> = ["lonely after my wife died"]

    @Test(arguments: all)
    func query(_ query: RelevanceCase) throws {
        if let reason = Self.knownMisses[query.text], query.kind != .noFit {
            withKnownIssue(Comment(rawValue: reason), isIntermittent: Self.onTheThreshold.contains(query.text)) { try check(query) }
        } else {
            try check(query)
        }
    }

    /// The ranking each query asks for. Whether the answer is labelled "god" is judged for the
    /// whole suite, as rates (`RelevanceReport`), not query by query.
    private func check(_ query: RelevanceCase) throws {
        let response = try Self.search(query)
        let ids = response.results.map(\.offer.id)
        if query.kind == .noFit { return }
        if let first = query.first {
            #expect(ids.first == first, "først: \(ids.first ?? "intet"), ventede \(first); top 3: \(ids.prefix(3))")
        }
        for id in query.top2 {
            #expect(ids.prefix(2).contains(id), "\(id) ikke først eller anden: \(ids.prefix(3))")
        }
        for id in query.top3 {
            #expect(ids.prefix(3).contains(id), "\(id) ikke i top 3: \(ids.prefix(3))")
        }
        if !query.anyTop3.isEmpty {
            #expect(!Set(query.anyTop3).isDisjoint(with: ids.prefix(3)), "ingen af \(query.anyTop3) i top 3: \(ids.prefix(3))")
        }
        for id in query.never {
            #expect(!ids.contains(id), "\(id) burde ikke være med")
        }
    }

    /// Issue 26's own examples, as the acceptance names them.
    @Test func theIssuesExamples() throws {
        let directory = try Self.directory.get().0
        let forms = ["min mor på 79 taler kun arabisk og er ensom", "my mother is 79, she only speaks Arabic and is lonely",
                     "أمي عمرها 79 سنة وتتكلم العربية فقط وتشعر بالوحدة", "79 yaşındaki annem sadece Arapça konuşuyor ve yalnız"]
        for text in forms {
            let response = try directory.search(SearchRequest(text: text))
            #expect(response.results.prefix(3).contains { $0.offer.id == "aktivitetscenteret-egely" }, "\(text): \(response.results.prefix(3).map(\.offer.id))")
            #expect(response.suggestion == nil, "\(text): Mente du \(response.suggestion ?? "")")
        }
        let danish = try directory.search(SearchRequest(text: forms[0]))
        #expect(danish.age == 79 && danish.ageFromText && danish.language.code == "da")
        #expect(try directory.search(SearchRequest(text: forms[2])).language.name == "arabisk")
        let gibberish = try directory.search(SearchRequest(text: "xqzvbt flurp"))
        #expect(gibberish.results.isEmpty && gibberish.total == 0 && gibberish.quality == .none)
    }

    @Test func thereAreEnoughQueriesOfEveryKind() {
        #expect(RelevanceCases.all.count >= 40)
        #expect(SituationCases.all.count >= 40)
        let kinds = Set(Self.all.map(\.kind))
        #expect(kinds == Set(RelevanceCase.Kind.allCases))
        #expect(TrustCases.all.count >= 40)
        for language in ["en", "ar", "tr", "ur"] {
            #expect(TrustCases.all.filter { $0.language == language }.count >= 4, "for få nye forespørgsler på \(language)")
        }
    }

    /// The figures quoted in the README and docs/soegning.md: success@1, success@3, nDCG@5 and no-fit handling for
    /// each side alone and for both fused.
    @Test func figuresPerRanking() throws {
        var lines = ["Relevans (\(Self.all.count) forespørgsler): rangering | succes@1 | succes@3 | nDCG@5 | intet passer markeret"]
        var figures: [SearchRequest.Ranking: RelevanceFigures] = [:]
        for ranking in SearchRequest.Ranking.allCases {
            var tally = RelevanceFigures()
            for query in Self.all { tally.add(query, try Self.search(query, ranking: ranking)) }
            figures[ranking] = tally
            lines.append(tally.line(name: ranking.rawValue))
        }
        print(lines.joined(separator: "\n"))
        let fused = try #require(figures[.weightedSum])
        #expect(fused.successAt3 >= 0.9)
        #expect(fused.ndcg5 >= 0.8)
    }

    /// The first suite's figure, kept: share of its queries whose expected offer is first.
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

/// success@k, nDCG@5 (binary: every offer in `RelevanceCase.relevant` counts 1) and no-fit handling.
struct RelevanceFigures {
    var judged = 0, first = 0, top3 = 0, ndcgSum = 0.0, noFit = 0, noFitFlagged = 0

    mutating func add(_ query: RelevanceCase, _ response: SearchResponse) {
        let ids = response.results.map(\.offer.id)
        if query.kind == .noFit {
            noFit += 1
            if response.quality != .good { noFitFlagged += 1 }
            return
        }
        let relevant = query.relevant
        guard !relevant.isEmpty else { return }
        judged += 1
        if let best = ids.first, relevant.contains(best) { first += 1 }
        if !relevant.isDisjoint(with: ids.prefix(3)) { top3 += 1 }
        let gain = ids.prefix(5).enumerated().reduce(0.0) { $0 + (relevant.contains($1.element) ? 1 / log2(Double($1.offset) + 2) : 0) }
        let ideal = (0..<min(relevant.count, 5)).reduce(0.0) { $0 + 1 / log2(Double($1) + 2) }
        ndcgSum += gain / ideal
    }

    var successAt1: Double { Double(first) / Double(max(judged, 1)) }
    var successAt3: Double { Double(top3) / Double(max(judged, 1)) }
    var ndcg5: Double { ndcgSum / Double(max(judged, 1)) }

    func line(name: String) -> String {
        String(format: "%@ | %.2f | %.2f | %.2f | %d af %d", name, successAt1, successAt3, ndcg5, noFitFlagged, noFit)
    }
}
