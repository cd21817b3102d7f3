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
    /// Words seen (lower-cased bytes); `wordTerms[word]` are the numbers in `termNumbers` of
    /// its stem followed by the stems of its compound parts. Words recur across offers, so
    /// each is stemmed once.
    private var words = ByteInterner()
    private var wordTerms: [[Int]] = []
    private var termNumbers = ByteInterner()
    /// The current document's weighted count of each term by number, and the numbers counted.
    private var counts: [Int] = []
    private var touched: [Int] = []
    /// Above this many distinct words the tables start again (a national catalogue's texts
    /// have a few hundred thousand).
    static let maximumWords = 500_000

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
        let terms = terms(for: offer)
        try document.addTerms(packed: terms.packed, wdfs: terms.wdfs)
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
        let accessCodes = offer.access.isEmpty ? [IndexSchema.accessCodes.count - 1]
            : Set(offer.access).compactMap { IndexSchema.accessCodes.firstIndex(of: $0.rawValue) }.sorted()
        try document.addValue(slot: IndexSchema.Slot.accessCodes, accessCodes.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] })
        try document.addValue(slot: IndexSchema.Slot.fingerprint, Fingerprint.of(offer) + Array(offer.id.utf8))
        return document
    }

    /// The texts indexed, each with its `FieldWeight`.
    static func fields(of offer: Offer, needNames: [String: String]?) -> [(text: String, weight: Int)] {
        var fields = [(offer.name, IndexSchema.FieldWeight.name), (offer.summary, IndexSchema.FieldWeight.summary),
                      (offer.keywords.joined(separator: " "), IndexSchema.FieldWeight.keywords),
                      (offer.description, IndexSchema.FieldWeight.body), (offer.audience, IndexSchema.FieldWeight.body),
                      (offer.referral, IndexSchema.FieldWeight.body),
                      (offer.situations.joined(separator: " "), IndexSchema.FieldWeight.body)]
        if let needNames {
            fields.append((offer.needs.compactMap { needNames[$0] }.joined(separator: " "), IndexSchema.FieldWeight.body))
            // The kind's name, so "kursus" or "gruppe" finds every course or group by what it is.
            if let kind = offer.kind { fields.append((kind.label, IndexSchema.FieldWeight.body)) }
        }
        return fields
    }

    /// An offer's length for `IndexSchema.Ranking`: its words, each counted by its field's weight.
    static func length(of offer: Offer, needNames: [String: String]?) -> Int {
        fields(of: offer, needNames: needNames).reduce(0) { $0 + TextAnalyzer.wordCount($1.text) * $1.weight }
    }

    /// The offer's terms, each ended by a NUL byte, with their within-document frequencies as
    /// stored: weighted by field, then length-normalised (`IndexSchema.Ranking`).
    func terms(for offer: Offer) -> (packed: [UInt8], wdfs: [UInt32]) {
        if words.count > Self.maximumWords {
            words.removeAll()
            wordTerms.removeAll(keepingCapacity: true)
        }
        var length = 0
        for (text, weight) in Self.fields(of: offer, needNames: needNames) {
            TextAnalyzer.forEachWord(in: text) { word in
                let terms = termsOf(word)
                add(terms[0], weight)
                for part in terms.dropFirst() { add(part, IndexSchema.FieldWeight.compoundPart) }
                length += weight
            }
        }
        if needNames != nil, !offer.ages.isOpen {
            let low = offer.ages.from ?? 0, high = min(offer.ages.to ?? 129, 129)
            for decade in stride(from: low / 10, through: high / 10, by: 1) {
                add(number(ofTerm: IndexSchema.ageBand(decade * 10)), 1)
            }
        }
        let factor = IndexSchema.Ranking.lengthFactor(length: length, average: averageLength)
        var packed: [UInt8] = []
        packed.reserveCapacity(touched.count * 10)
        var wdfs: [UInt32] = []
        wdfs.reserveCapacity(touched.count)
        for number in touched {
            termNumbers.withBytes(of: number) { packed += $0 }
            packed.append(0)
            wdfs.append(UInt32(IndexSchema.Ranking.storedWDF(counts[number], factor: factor)))
            counts[number] = 0
        }
        touched.removeAll(keepingCapacity: true)
        return (packed, wdfs)
    }

    private func add(_ term: Int, _ weight: Int) {
        if counts[term] == 0 { touched.append(term) }
        counts[term] += weight
    }

    private func number(ofTerm term: String) -> Int {
        let (number, isNew) = termNumbers.intern(term)
        if isNew { counts.append(0) }
        return number
    }

    private func termsOf(_ word: UnsafeBufferPointer<UInt8>) -> [Int] {
        let seen = words.intern(word)
        if !seen.isNew { return wordTerms[seen.number] }
        let text = String(decoding: word, as: UTF8.self)
        var stems = [analyzer.stem(text)]
        if let parts = decompounder?.split(text) { stems += parts.map(analyzer.stem) }
        let terms = stems.map { number(ofTerm: $0) }
        wordTerms.append(terms)
        return terms
    }
}
