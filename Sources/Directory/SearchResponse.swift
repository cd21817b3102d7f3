internal import OfferIndex
import OfferModel

/// The answer to a search in the shape `tilbud search --json` prints and `/api/search` serves.
///
/// Keys are Danish like the catalogue's; each result carries every public catalogue field
/// plus `uddrag` (the snippet, as marked and unmarked parts) and `daekning` (0-1).
public struct SearchResponse: Sendable, Encodable {
    public struct Facet: Sendable, Encodable, Hashable {
        public var id: String
        public var name: String
        public var count: Int
        enum CodingKeys: String, CodingKey { case id, name = "navn", count = "antal" }
    }

    public struct Facets: Sendable, Encodable {
        public var needs: [Facet]
        public var centres: [Facet]
        /// Every access route and `uden` (no stated route), in that order, zero counts included:
        /// a filter that finds nothing is explained by its own count.
        public var access: [Facet]
        enum CodingKeys: String, CodingKey { case needs = "behov", centres = "center", access = "adgang" }

        /// The name of the access facet's entry for offers that state no route.
        public static let noAccessName = "uden angivet adgang"
        /// The facet id of offers that state no way in (beside `Access` raw values).
        public static let noAccessCode = IndexSchema.noAccess
    }

    public struct Hit: Sendable, Encodable {
        public var offer: Offer
        public var centreName: String
        public var needNames: [String]
        public var snippet: [SnippetPart]
        public var coverage: Double
        /// Cosine similarity to the query, when the offer is a semantic hit (`lighed`).
        public var similarity: Double?
        /// The one contact line (`kontaktlinje`), chosen by `ContactRoute`.
        public var contact: ContactRoute

        enum CodingKeys: String, CodingKey {
            case centreName = "center_navn", needNames = "behov_navne", snippet = "uddrag", coverage = "daekning"
            case similarity = "lighed", contact = "kontaktlinje"
        }

        /// The contact line as JSON: who (empty for the offer's own contact) and how.
        public struct ContactLine: Encodable, Hashable, Sendable {
            public var name: String
            public var phone: String?
            public var email: String?
            public var web: String?
            enum CodingKeys: String, CodingKey { case name = "navn", phone = "telefon", email, web }

            public init(_ route: ContactRoute) {
                name = route.name
                for channel in route.channels {
                    switch channel {
                    case let .phone(value): phone = value
                    case let .email(value): email = value
                    case let .web(value): web = value
                    }
                }
            }
        }

        public func encode(to encoder: any Encoder) throws {
            try offer.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(centreName, forKey: .centreName)
            try container.encode(needNames, forKey: .needNames)
            try container.encode(snippet, forKey: .snippet)
            try container.encode((coverage * 100).rounded() / 100, forKey: .coverage)
            try container.encode(similarity.map { ($0 * 1000).rounded() / 1000 }, forKey: .similarity)
            try container.encode(ContactLine(contact), forKey: .contact)
        }
    }

    /// The language the query was recognised as written in, by ISO 639-1 code and Danish name.
    public struct Language: Sendable, Encodable, Hashable {
        public var code: String
        public var name: String
        enum CodingKeys: String, CodingKey { case code = "kode", name = "navn" }
    }

    public var query: String
    public var age: Int?
    /// The upper end when the text named a span of ages ("i 80'erne": `age` 80, `ageTo` 89).
    public var ageTo: Int?
    public var ageFromText: Bool
    public var total: Int
    public var quality: MatchQuality
    public var results: [Hit]
    public var facets: Facets
    public var suggestion: String?
    public var ignoredWords: [String]
    public var truncated: Bool
    /// How the answer was ranked: "hybrid" (both sides fused) or "leksikalsk".
    public var ranking: String
    /// Set when semantic search was wanted but could not be used: why (the answer is lexical).
    public var semantic: SemanticStatus?
    public var language: Language
    /// What the quality signal judged from (hybrid searches); for calibration, never encoded.
    public var evidence: QualityEvidence?
    /// Danish, for a query in another language: "Søgt på arabisk"; nil for Danish.
    public var languageNotice: String? { language.code == "da" ? nil : "Søgt på \(language.name)" }

    enum CodingKeys: String, CodingKey {
        case query = "soegning", age = "alder", ageFromText = "alder_fra_tekst", ageTo = "alder_til", total = "antal", quality = "kvalitet"
        case results = "resultater", facets = "facetter", suggestion = "forslag", ignoredWords = "ignorerede_ord"
        case truncated = "forkortet", ranking = "rangering", language = "sprog", semantic = "semantik"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(age, forKey: .age)
        try container.encode(ageFromText, forKey: .ageFromText)
        try container.encode(ageTo, forKey: .ageTo)
        try container.encode(total, forKey: .total)
        try container.encode(quality, forKey: .quality)
        try container.encode(results, forKey: .results)
        try container.encode(facets, forKey: .facets)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(ignoredWords, forKey: .ignoredWords)
        try container.encode(truncated, forKey: .truncated)
        try container.encode(ranking, forKey: .ranking)
        try container.encode(language, forKey: .language)
        try container.encode(semantic, forKey: .semantic)
    }

    init(result: SearchResult, semantic: SemanticStatus? = nil) {
        let needNames = Dictionary(result.needs.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let centreNames = Dictionary(result.centres.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func facets(_ counts: [String: Int], _ names: [String: String]) -> [Facet] {
            counts.map { Facet(id: $0.key, name: names[$0.key] ?? $0.key, count: $0.value) }
                .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
        }
        query = result.text
        age = result.age
        ageTo = result.ageTo
        ageFromText = result.ageFromText
        language = Language(code: result.language.rawValue, name: result.language.danishName)
        evidence = result.evidence
        total = result.total
        quality = result.quality
        results = result.hits.map { hit in
            Hit(offer: hit.offer, centreName: centreNames[hit.offer.centre] ?? hit.offer.centre,
                needNames: hit.offer.needs.map { needNames[$0] ?? $0 }, snippet: hit.snippet, coverage: hit.coverage,
                similarity: hit.similarity,
                contact: ContactRoute(offer: hit.offer, centres: result.centres, municipality: result.municipality))
        }
        let access = Access.allCases.map { Facet(id: $0.rawValue, name: $0.label, count: result.accessCounts[$0.rawValue] ?? 0) }
            + [Facet(id: IndexSchema.noAccess, name: Facets.noAccessName, count: result.accessCounts[IndexSchema.noAccess] ?? 0)]
        self.facets = Facets(needs: facets(result.needCounts, needNames), centres: facets(result.centreCounts, centreNames),
                             access: access)
        suggestion = result.suggestion
        ignoredWords = result.ignoredWords
        truncated = result.truncated
        ranking = result.semanticUsed ? "hybrid" : "leksikalsk"
        self.semantic = semantic
    }
}

/// One offer with the names of its needs, centre and municipality, for a detail view.
public struct OfferDetail: Sendable, Encodable {
    public var offer: Offer
    public var needs: [Need]
    public var centre: Centre?
    public var municipality: Municipality
    /// Every centre of the catalogue, for the contact line (`ContactRoute`).
    public var centres: [Centre]

    /// The one contact line for the offer.
    public var contact: ContactRoute { ContactRoute(offer: offer, centres: centres, municipality: municipality) }

    init(offer: Offer, needs: [Need], centres: [Centre], municipality: Municipality) {
        self.offer = offer
        self.centres = centres
        self.needs = offer.needs.map { id in needs.first { $0.id == id } ?? Need(id: id, name: id) }
        centre = centres.first { $0.id == offer.centre }
        self.municipality = municipality
    }

    public func encode(to encoder: any Encoder) throws {
        try offer.encode(to: encoder)
    }
}
