
/// How well the best results answer the query.
public enum MatchQuality: String, Sendable, Hashable, Codable {
    /// The top results match what was asked.
    case good = "god"
    /// Something matched, but only part of the query: show "ingen gode match".
    case weak = "svag"
    /// Nothing matched.
    case none = "ingen"
}

/// A piece of a snippet; `marked` pieces are the words the query matched.
public struct SnippetPart: Sendable, Hashable, Codable {
    public var text: String
    public var marked: Bool

    public init(text: String, marked: Bool) {
        self.text = text
        self.marked = marked
    }

    enum CodingKeys: String, CodingKey {
        case text = "tekst", marked = "markeret"
    }
}

/// One offer in a result list.
public struct SearchHit: Sendable, Hashable {
    public var offer: Offer
    /// Xapian's BM25 weight.
    public var weight: Double
    /// Share of the query's concepts this offer matched (0...1).
    public var coverage: Double
    public var snippet: [SnippetPart]
    /// Cosine similarity of the offer's vector to the query's, when the offer is a semantic hit.
    public var similarity: Double? = nil

    package init(offer: Offer, weight: Double, coverage: Double, snippet: [SnippetPart], similarity: Double? = nil) {
        self.offer = offer
        self.weight = weight
        self.coverage = coverage
        self.snippet = snippet
        self.similarity = similarity
    }
}

/// The answer to a `SearchRequest`.
public struct SearchResult: Sendable, Hashable {
    public var text: String
    /// The age filter used, from the request or read from the text.
    public var age: Int?
    /// The upper end when the text named a span of ages ("i 80'erne": `age` 80, `ageTo` 89).
    public var ageTo: Int? = nil
    public var ageFromText: Bool
    /// Exact number of matching offers.
    public var total: Int
    public var hits: [SearchHit]
    /// Matching offers per need id and per centre id (zero counts left out).
    public var needCounts: [String: Int]
    public var centreCounts: [String: Int]
    /// "Mente du ...?": the text with unknown words corrected, when any were.
    public var suggestion: String?
    /// Words that matched nothing in the catalogue and were left out.
    public var ignoredWords: [String]
    public var quality: MatchQuality
    /// Whether the text was cut to `SearchRequest.maxTextLength` / `maxWords`.
    public var truncated: Bool
    /// Names for need and centre ids, from the same index generation that answered.
    public var needs: [Need]
    public var centres: [Centre]
    /// Whether the semantic side took part (a query vector was given and the index has vectors
    /// of the same model).
    public var semanticUsed = false
    /// Matching offers per access route (`Access` raw values) and, under `IndexSchema.noAccess`,
    /// those that state none, so a filter that finds nothing can say why.
    public var accessCounts: [String: Int] = [:]
    /// The municipality of the answering index generation, for contact lines.
    public var municipality = Municipality(id: "", name: "")
    /// The language the query was recognised as written in (`QueryLanguage`).
    public var language = QueryLanguage.danish
    /// What the quality signal judged from (hybrid searches only); for calibration, never shown.
    public var evidence: QualityEvidence?

    // swiftlint:disable:next function_parameter_count
    package init(text: String, age: Int?, ageTo: Int? = nil, ageFromText: Bool, total: Int, hits: [SearchHit],
                 needCounts: [String: Int], centreCounts: [String: Int], suggestion: String?, ignoredWords: [String],
                 quality: MatchQuality, truncated: Bool, needs: [Need], centres: [Centre]) {
        self.text = text
        self.age = age
        self.ageTo = ageTo
        self.ageFromText = ageFromText
        self.total = total
        self.hits = hits
        self.needCounts = needCounts
        self.centreCounts = centreCounts
        self.suggestion = suggestion
        self.ignoredWords = ignoredWords
        self.quality = quality
        self.truncated = truncated
        self.needs = needs
        self.centres = centres
    }
}
