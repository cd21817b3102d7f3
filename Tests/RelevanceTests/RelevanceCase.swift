import OfferIndex
import OfferModel
import Testing

/// One realistic staff query and what a good answer looks like.
struct RelevanceCase: CustomTestStringConvertible, Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case keyword, layman, typo, compound, synonym, age, filter, noFit, situation, language, broad
        /// Issue 26's classes: a GP's clinical wording, a relative's words, a filter that changes
        /// the right answer, misspellings as typed on a phone.
        case clinical, relative, filterChange, phoneTypo
    }

    var kind: Kind
    /// For `.language`: the query's language (ISO 639-1), which is also its class in the figures.
    var language: String? = nil
    var text: String
    var age: Int? = nil
    var needs: [String] = []
    var centres: [String] = []
    var access: [Access] = []
    /// The offer that should come first (counted in docs/soegning.md's "first" share).
    var first: String? = nil
    /// Offers that must be first or second (the issue's own examples).
    var top2: [String] = []
    /// Offers that must be among the top 3.
    var top3: [String] = []
    /// At least one of these must be among the top 3 (any of several offers answers the query).
    var anyTop3: [String] = []
    /// Offers that must not appear at all.
    var never: [String] = []

    /// Every offer that answers the query, for success@k and nDCG@5.
    var relevant: Set<String> { Set((first.map { [$0] } ?? []) + top2 + top3 + anyTop3) }

    func request(ranking: SearchRequest.Ranking = .weightedSum) -> SearchRequest {
        SearchRequest(text: text, age: age, needs: needs, centres: centres, access: access, limit: 10, ranking: ranking)
    }

    /// The class the figures are reported by: the kind, and for other languages the language.
    var className: String { language.map { "language-\($0)" } ?? kind.rawValue }

    var testDescription: String { "\(kind.rawValue): \(text)" + (age.map { " (alder \($0))" } ?? "") }
}
