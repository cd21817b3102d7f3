import OfferModel
/// How the lexical and the semantic side make one ranking, and what counts as a semantic hit.
///
/// Measured on the relevance suite (docs/soegning.md): reciprocal rank fusion and a weighted sum
/// both lift success@3 over either side alone; the weighted sum puts the expected offer first
/// more often, because it uses how much of the query a text covers and how close a vector is,
/// not only the order. Both are kept (`SearchRequest.Ranking`) so the figures can be compared.
enum Fusion {
    /// The semantic hits of a query: the nearest offers whose similarity is within this of the
    /// best one (the model's cosines of unrelated and related texts lie close together, 0.75-0.9,
    /// so an absolute threshold means little; the gap to the best does).
    static let window = 0.02
    /// At most this many semantic hits count (in `antal`, the facets and the ranking).
    static let hitLimit = 20
    /// Share of the weighted sum that the lexical side gets for a Danish query.
    static let lexicalWeight = 0.5
    /// The same for a query in another language: the multilingual model leads, and a word that
    /// happens to be spelt like a Danish one counts little.
    static let foreignLexicalWeight = 0.2
    /// An offer counts as a plausible answer (in `antal`, the facets and the list) when its
    /// evidence (`evidence(_:best:lexicalWeight:)`) is at least this share of the best offer's.
    /// Measured on the relevance suite: 0.6 kept 5.0 offers a query on average (19 for the
    /// Arabic lonely-mother query) at success@3 0.99; 0.7 and 0.75 kept 4.0 and 3.7 at 0.98.
    static let plausibleShare = 0.7

    /// The lexical weight for a query in language.
    static func lexicalWeight(for language: QueryLanguage) -> Double {
        language == .danish ? lexicalWeight : foreignLexicalWeight
    }

    /// An offer's evidence as an answer: the weighted sum without the lexical side's small
    /// discount for BM25 rank, so that every offer the words match equally counts equally
    /// however many there are.
    static func evidence(_ candidate: Candidate, best: Double, lexicalWeight: Double) -> Double {
        let lexical = candidate.lexicalRank == nil ? 0 : candidate.coverage
        let semantic = candidate.similarity.map { 1 - 0.5 * (best - $0) / window } ?? 0
        return lexicalWeight * lexical + (1 - lexicalWeight) * semantic
    }
    /// Lexical hits taken into the fusion beyond the page shown.
    static let depthMargin = 30
    /// Reciprocal rank fusion's k.
    static let rrfK = 60.0

    /// One offer in the fused ranking.
    struct Candidate {
        let docid: UInt32
        var lexicalRank: Int?
        var coverage = 0.0
        var similarity: Double?
        var score = 0.0
    }

    /// The semantic hits among the nearest offers (best first).
    static func hits(_ nearest: [SemanticMatch]) -> [SemanticMatch] {
        guard let best = nearest.first?.similarity else { return [] }
        return Array(nearest.prefix { $0.similarity >= best - window }.prefix(hitLimit))
    }

    /// Scores and orders the candidates (ties: lexical rank, then docid).
    static func rank(_ candidates: [Candidate], ranking: SearchRequest.Ranking, lexicalWeight: Double = lexicalWeight) -> [Candidate] {
        let best = candidates.compactMap(\.similarity).max() ?? 0
        let scored = candidates.map { candidate -> Candidate in
            var candidate = candidate
            switch ranking {
            case .reciprocalRank:
                var score = candidate.lexicalRank.map { 1 / (rrfK + Double($0 + 1)) } ?? 0
                if let similarity = candidate.similarity {
                    let semanticRank = candidates.filter { ($0.similarity ?? -1) > similarity }.count
                    score += 1 / (rrfK + Double(semanticRank + 1))
                }
                candidate.score = score
            case .semantic:
                candidate.score = candidate.similarity ?? -1
            case .weightedSum, .lexical:
                // Lexical: coverage, a little lower further down BM25's order; semantic: 1 at
                // the best similarity, 0.5 at the edge of the window.
                let lexical = candidate.lexicalRank.map { candidate.coverage / (1 + 0.1 * Double($0)) } ?? 0
                let semantic = candidate.similarity.map { 1 - 0.5 * (best - $0) / window } ?? 0
                candidate.score = lexicalWeight * lexical + (1 - lexicalWeight) * semantic
            }
            return candidate
        }
        return scored.sorted {
            ($0.score, -($0.lexicalRank ?? Int.max), -Int($0.docid)) > ($1.score, -($1.lexicalRank ?? Int.max), -Int($1.docid))
        }
    }
}
