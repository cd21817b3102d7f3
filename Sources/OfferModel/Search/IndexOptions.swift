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

    public init(spelling: Bool = true, compounds: Bool = true, categoryText: Bool = true) {
        self.spelling = spelling
        self.compounds = compounds
        self.categoryText = categoryText
    }

    /// Plain stemmed terms of the offer's own text only, as the benchmark's peers index.
    public static let plain = IndexOptions(spelling: false, compounds: false, categoryText: false)

    enum CodingKeys: String, CodingKey { case spelling, compounds, categoryText }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        spelling = try c.decode(Bool.self, forKey: .spelling)
        compounds = try c.decode(Bool.self, forKey: .compounds)
        categoryText = try c.decodeIfPresent(Bool.self, forKey: .categoryText) ?? false
    }
}
