import OfferIndex

/// One realistic staff query and what a good answer looks like.
struct RelevanceCase: CustomTestStringConvertible, Sendable {
    enum Kind: String, Sendable { case keyword, layman, typo, compound, synonym, age, filter, noFit }

    var kind: Kind
    var text: String
    var age: Int? = nil
    var needs: [String] = []
    var centres: [String] = []
    var access: [Access] = []
    /// The offer that should come first (counted in docs/soegning.md's "first" share).
    var first: String? = nil
    /// Offers that must be among the top 3.
    var top3: [String] = []
    /// Offers that must not appear at all.
    var never: [String] = []

    var request: SearchRequest {
        SearchRequest(text: text, age: age, needs: needs, centres: centres, access: access, limit: 10)
    }

    var testDescription: String { "\(kind.rawValue): \(text)" + (age.map { " (alder \($0))" } ?? "") }
}

import OfferModel
import Testing
