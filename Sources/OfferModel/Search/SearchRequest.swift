import Foundation

/// One search as staff ask it: free text plus filters.
public struct SearchRequest: Sendable, Hashable {
    /// Free text in the staff member's own words; may be empty when filters say enough.
    public var text: String
    /// The citizen's age; when nil, an age written in the text ("82-årig") is used.
    public var age: Int?
    /// Need ids; an offer matches if it has any of them.
    public var needs: [String]
    /// Centre ids; an offer matches if it belongs to any of them.
    public var centres: [String]
    /// Access routes; an offer matches if it offers any of them.
    public var access: [Access]
    public var municipality: String?
    public var limit: Int
    public var offset: Int
    /// Synonyms, compound splitting, spelling, stop words and ages in the text.
    /// Off, the text is matched word by word like the benchmark's peers do.
    public var expansion: Bool
    /// With expansion off: whether the words are AND-ed (true) or OR-ed.
    public var allWords: Bool
    /// How a free text is ranked when the index has vectors and a query vector is given.
    public var ranking: Ranking

    public init(text: String = "", age: Int? = nil, needs: [String] = [], centres: [String] = [], access: [Access] = [],
                municipality: String? = nil, limit: Int = 10, offset: Int = 0, expansion: Bool = true, allWords: Bool = true,
                ranking: Ranking = .weightedSum) {
        self.text = text
        self.age = age
        self.needs = needs
        self.centres = centres
        self.access = access
        self.municipality = municipality
        self.limit = limit
        self.offset = offset
        self.expansion = expansion
        self.allWords = allWords
        self.ranking = ranking
    }

    /// Lexical (Xapian) only, semantic (nearest vectors) only, or both fused (see `Fusion`).
    public enum Ranking: String, Sendable, Hashable, CaseIterable {
        case lexical, semantic
        /// A calibrated weighted sum of lexical coverage and semantic closeness: the default.
        case weightedSum
        /// Reciprocal rank fusion (k = 60), measured beside it.
        case reciprocalRank
    }

    /// The text the sentence-embedding model reads for `text`: without numbers standing alone.
    /// An age ("min mor på 79") is a filter, not meaning, and the model pulls a query with "79"
    /// towards offers whose texts say "65-79 år" (measured on the relevance suite).
    public static func textForEmbedding(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).filter { word in
            let bare = word.trimmingCharacters(in: .punctuationCharacters)
            return bare.isEmpty ? !word.isEmpty : !bare.allSatisfy(\.isNumber)
        }
        return words.joined(separator: " ")
    }

    /// Texts longer than this are cut before searching.
    public static let maxTextLength = 500
    /// At most this many words take part in a search.
    public static let maxWords = 24
    public static let maxLimit = 200
}
