import OfferModel

enum QualitySignal {
    /// Lexical coverage of the best offer that makes a Danish answer good on its own.
    static let goodCoverage = 0.6
    /// A similarity this high makes the answer good on its own.
    static let strongSimilarity = 0.90
    /// The gap (best similarity minus the `gapRank`-th nearest's) that makes a semantic answer good.
    static let goodGap = 0.0225
    static let gapRank = 8
    /// Agreement of both sides makes the answer good when the best offer covers at least this much.
    static let agreedCoverage = 0.55

    static func judge(_ evidence: QualityEvidence) -> MatchQuality {
        guard evidence.plausible > 0 else { return .none }
        if evidence.lexical, evidence.coverage >= goodCoverage, evidence.language == .danish { return .good }
        if let similarity = evidence.similarity, similarity >= strongSimilarity { return .good }
        if evidence.agreement, evidence.coverage >= agreedCoverage { return .good }
        // A Danish query is read by both sides: when not one of its words matches the best offer,
        // nearness in meaning alone is not enough (on the suite, every such "god" was a no-fit
        // query like "vil gerne låne penge til en bil"). Other languages have only meaning.
        let wordsSilent = evidence.language == .danish && evidence.coverage == 0
        if !wordsSilent, evidence.similarity != nil, let gap = evidence.gap, gap >= goodGap { return .good }
        return .weak
    }
}
