/// What a hybrid search knows about how well its best offer answers the query, and the
/// calibrated rule that turns it into "god", "svag" or "ingen" (`MatchQuality`).
///
/// Calibrated on the relevance suite (`Tests/RelevanceTests`, `RelevanceReport`): of the
/// answerable queries whose expected offer is in the top 3, at least 85 % must be "god"; of the
/// queries nothing in the catalogue answers, at least 80 % must not be. docs/soegning.md has the
/// measured rates and how each threshold was chosen.
public struct QualityEvidence: Sendable, Hashable {
    /// Share of the query the best offer matches word for word (0 when it is no lexical match).
    public var coverage = 0.0
    /// Whether the best offer is a lexical match at all.
    public var lexical = false
    /// The best offer's similarity to the query, when it is a semantic hit.
    public var similarity: Double?
    /// The highest similarity of any offer under the filters.
    public var bestSimilarity: Double?
    /// How far the best similarity stands above the `QualitySignal.gapRank`-th nearest offer's:
    /// a query the catalogue answers has a few offers clearly nearer than the rest.
    public var gap: Double?
    /// Whether the best offer is both a lexical match and among the nearest few by meaning.
    public var agreement = false
    public var language = QueryLanguage.danish
    /// Offers counted as plausible answers (`antal`).
    public var plausible = 0

    public init() {}
}
