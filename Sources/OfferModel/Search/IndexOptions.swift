/// What an index carries beyond the plain stemmed terms.
public struct IndexOptions: Sendable, Hashable, Codable {
    /// Spelling data from names, keywords and texts ("Mente du ...?").
    public var spelling: Bool
    /// Split compound words into known parts at index and query time.
    public var compounds: Bool
    /// Index the names of an offer's needs as text, so `ensomhed` finds every offer tagged
    /// "Ensomhed og fællesskab", and age-band terms that let a citizen's age lift offers aimed
    /// at that age.
    public var categoryText: Bool
    /// Keep a word as it is where the Danish stemmer would turn it into a stop word: "demens"
    /// becomes "dem" (them) and "mener" becomes "men" (but), so without this a search for
    /// dementia also finds every offer that says "dem". Off in `plain`, whose terms must be the
    /// stemmer's own, as the benchmark's peers index them. An index built before this option
    /// existed reads as off, which is how its terms were made.
    public var guardedStems: Bool

    public init(spelling: Bool = true, compounds: Bool = true, categoryText: Bool = true, guardedStems: Bool = true) {
        self.spelling = spelling
        self.compounds = compounds
        self.categoryText = categoryText
        self.guardedStems = guardedStems
    }

    /// Plain stemmed terms of the offer's own text only, as the benchmark's peers index.
    public static let plain = IndexOptions(spelling: false, compounds: false, categoryText: false, guardedStems: false)

    enum CodingKeys: String, CodingKey { case spelling, compounds, categoryText, guardedStems }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        spelling = try c.decode(Bool.self, forKey: .spelling)
        compounds = try c.decode(Bool.self, forKey: .compounds)
        categoryText = try c.decodeIfPresent(Bool.self, forKey: .categoryText) ?? false
        guardedStems = try c.decodeIfPresent(Bool.self, forKey: .guardedStems) ?? false
    }
}
