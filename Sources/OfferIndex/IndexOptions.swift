/// What an index carries beyond the plain stemmed terms.
public struct IndexOptions: Sendable, Hashable, Codable {
    /// Spelling data from names, keywords and texts ("Mente du ...?").
    public var spelling: Bool
    /// Split compound words into known parts at index and query time.
    public var compounds: Bool

    public init(spelling: Bool = true, compounds: Bool = true) {
        self.spelling = spelling
        self.compounds = compounds
    }

    /// Plain stemmed terms only, as the benchmark's peers index.
    public static let plain = IndexOptions(spelling: false, compounds: false)
}
