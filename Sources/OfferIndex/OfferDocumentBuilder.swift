import Foundation
import OfferModel

/// Turns an `Offer` into a Xapian document following `IndexSchema`.
final class OfferDocumentBuilder {
    let analyzer: TextAnalyzer
    let decompounder: Decompounder?
    let needCodes: [String: Int]
    let centreCodes: [String: Int]
    /// Need id -> its Danish name, indexed as text when the options ask for category text.
    let needNames: [String: String]?
    /// The catalogue's average length, for `IndexSchema.Ranking`.
    let averageLength: Double
    /// Word -> its stem followed by the stems of its compound parts; words recur across offers.
    private var wordTerms: [String: [String]] = [:]

    init(analyzer: TextAnalyzer, decompounder: Decompounder?, needCodes: [String: Int], centreCodes: [String: Int],
         needNames: [String: String]?, averageLength: Double) {
        self.needNames = needNames
        self.averageLength = averageLength
        self.analyzer = analyzer
        self.decompounder = decompounder
        self.needCodes = needCodes
        self.centreCodes = centreCodes
    }

    /// The offer's Xapian document: terms and values. What a result shows is not in it but in
    /// the offer store (`OfferStore`, `StoredOffer.encode`).
    func document(for offer: Offer) throws(IndexError) -> XapianDocument {
        let document = XapianDocument()
        try document.addTerms(terms(for: offer).map { ($0.key, $0.value) })
        try document.addBooleanTerm(IndexSchema.Prefix.id + offer.id)
        for need in Set(offer.needs) { try document.addBooleanTerm(IndexSchema.Prefix.need + need) }
        if !offer.centre.isEmpty { try document.addBooleanTerm(IndexSchema.Prefix.centre + offer.centre) }
        for access in Set(offer.access) { try document.addBooleanTerm(IndexSchema.Prefix.access + access.rawValue) }
        try document.addBooleanTerm(IndexSchema.Prefix.status + offer.status.rawValue)
        if !offer.municipality.isEmpty { try document.addBooleanTerm(IndexSchema.Prefix.municipality + offer.municipality) }

        try document.addValue(slot: IndexSchema.Slot.ageFrom, sortableSerialise(Double(offer.ages.from ?? Int(IndexSchema.openAgeLow))))
        try document.addValue(slot: IndexSchema.Slot.ageTo, sortableSerialise(Double(offer.ages.to ?? Int(IndexSchema.openAgeHigh))))
        var codes: [UInt8] = []
        for need in Set(offer.needs).sorted() {
            if let code = needCodes[need] { codes += [UInt8(code >> 8), UInt8(code & 0xff)] }
        }
        try document.addValue(slot: IndexSchema.Slot.needCodes, codes)
        if let code = centreCodes[offer.centre] {
            try document.addValue(slot: IndexSchema.Slot.centreCode, [UInt8(code >> 8), UInt8(code & 0xff)])
        }
        try document.addValue(slot: IndexSchema.Slot.fingerprint, Fingerprint.of(offer) + Array(offer.id.utf8))
        return document
    }

    /// The texts indexed, each with its `FieldWeight`.
    static func fields(of offer: Offer, needNames: [String: String]?) -> [(text: String, weight: Int)] {
        var fields = [(offer.name, IndexSchema.FieldWeight.name), (offer.summary, IndexSchema.FieldWeight.summary),
                      (offer.keywords.joined(separator: " "), IndexSchema.FieldWeight.keywords),
                      (offer.description, IndexSchema.FieldWeight.body), (offer.audience, IndexSchema.FieldWeight.body),
                      (offer.referral, IndexSchema.FieldWeight.body)]
        if let needNames {
            fields.append((offer.needs.compactMap { needNames[$0] }.joined(separator: " "), IndexSchema.FieldWeight.body))
        }
        return fields
    }

    /// An offer's length for `IndexSchema.Ranking`: its words, each counted by its field's weight.
    static func length(of offer: Offer, needNames: [String: String]?) -> Int {
        fields(of: offer, needNames: needNames).reduce(0) { $0 + TextAnalyzer.wordCount($1.text) * $1.weight }
    }

    /// Stem -> within-document frequency as stored: weighted by field, then length-normalised
    /// (`IndexSchema.Ranking`).
    func terms(for offer: Offer) -> [String: Int] {
        var wdf: [String: Int] = [:]
        var length = 0
        for (text, weight) in Self.fields(of: offer, needNames: needNames) {
            for word in analyzer.words(text) {
                let terms = termsOf(word)
                wdf[terms[0], default: 0] += weight
                for part in terms.dropFirst() { wdf[part, default: 0] += IndexSchema.FieldWeight.compoundPart }
                length += weight
            }
        }
        if needNames != nil, !offer.ages.isOpen {
            let low = offer.ages.from ?? 0, high = min(offer.ages.to ?? 129, 129)
            for decade in stride(from: low / 10, through: high / 10, by: 1) {
                wdf[IndexSchema.ageBand(decade * 10), default: 0] += 1
            }
        }
        let factor = IndexSchema.Ranking.lengthFactor(length: length, average: averageLength)
        for (term, count) in wdf { wdf[term] = IndexSchema.Ranking.storedWDF(count, factor: factor) }
        return wdf
    }

    private func termsOf(_ word: String) -> [String] {
        if let known = wordTerms[word] { return known }
        var terms = [analyzer.stem(word)]
        if let parts = decompounder?.split(word) { terms += parts.map(analyzer.stem) }
        if wordTerms.count > 500_000 { wordTerms.removeAll(keepingCapacity: true) }
        wordTerms[word] = terms
        return terms
    }
}

