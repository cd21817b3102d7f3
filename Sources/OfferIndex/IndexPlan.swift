import Foundation
import OfferModel

/// Everything an index built from some content carries besides its documents: the code
/// tables, the metadata and the words compounds may split into. A full build writes it; an
/// update compares it with what the live index holds to decide whether it may write in place.
struct IndexPlan: Sendable {
    let needIDs: [String]
    let centreIDs: [String]
    /// Metadata key -> value, every key but `Metadata.words` and `Metadata.averageLength`.
    let metadata: [String: String]
    /// Surface words of the catalogue, for splitting compounds (empty without compounds).
    let words: Set<String>

    /// `collectWords: false` leaves `words` empty (an update gathers words of changed offers only).
    /// `vectorModel`: the `Metadata.vectorModel` of the index ("" without vectors).
    init(_ content: IndexContent, options: IndexOptions, analyzer: TextAnalyzer, collectWords: Bool = true,
         vectorModel: String = "") throws(IndexError) {
        needIDs = Self.codeTable(content.needs.map(\.id), content.offers.flatMap(\.needs) + content.unchanged.flatMap(\.needs))
        centreIDs = Self.codeTable(content.centres.map(\.id),
                                   (content.offers.map(\.centre) + content.unchanged.map(\.centre)).filter { !$0.isEmpty })
        let vocabulary = IndexVocabulary(needs: Self.named(needIDs, content.needs) { Need(id: $0, name: $0) },
                                         centres: Self.named(centreIDs, content.centres) { Centre(id: $0, name: $0) },
                                         municipality: content.municipality)
        metadata = [
            IndexSchema.Metadata.schema: IndexSchema.version,
            IndexSchema.Metadata.needCodes: try IndexWriter.json(needIDs),
            IndexSchema.Metadata.centreCodes: try IndexWriter.json(centreIDs),
            IndexSchema.Metadata.vocabulary: try IndexWriter.json(vocabulary),
            IndexSchema.Metadata.synonyms: try IndexWriter.json(content.synonyms.entries),
            IndexSchema.Metadata.options: try IndexWriter.json(options),
            IndexSchema.Metadata.vectorModel: vectorModel,
        ]
        words = options.compounds && collectWords ? Self.vocabulary(of: content, analyzer: analyzer) : []
    }

    var needCodeMap: [String: Int] { Dictionary(uniqueKeysWithValues: needIDs.enumerated().map { ($1, $0) }) }
    var centreCodeMap: [String: Int] { Dictionary(uniqueKeysWithValues: centreIDs.enumerated().map { ($1, $0) }) }

    func documentBuilder(_ content: IndexContent, options: IndexOptions, analyzer: TextAnalyzer, words: Set<String>,
                         averageLength: Double) -> OfferDocumentBuilder {
        OfferDocumentBuilder(
            analyzer: analyzer,
            decompounder: options.compounds ? Decompounder(vocabulary: words) : nil,
            needCodes: needCodeMap, centreCodes: centreCodeMap,
            needNames: Self.needNames(content, options: options), averageLength: averageLength
        )
    }

    /// Need id -> name, when the options index needs' names as text.
    private static func needNames(_ content: IndexContent, options: IndexOptions) -> [String: String]? {
        options.categoryText ? Dictionary(content.needs.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }) : nil
    }

    /// The average length (`IndexSchema.Ranking`) of the content's offers, for a full build;
    /// counted on every core (a pass over all the text: 0.5 s for 100,000 offers on one).
    static func averageLength(of content: IndexContent, options: IndexOptions) -> Double {
        let offers = content.offers
        guard !offers.isEmpty else { return 0 }
        let names = needNames(content, options: options)
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, offers.count / 1_000))
        let totals = parallelMap(parts) { part in
            offers[offers.count * part / parts ..< offers.count * (part + 1) / parts]
                .reduce(0) { $0 + OfferDocumentBuilder.length(of: $1, needNames: names) }
        }
        return Double(totals.reduce(0, +)) / Double(offers.count)
    }

    /// Every word of the catalogue and its synonym table: the parts compounds may split into.
    static func vocabulary(of content: IndexContent, analyzer: TextAnalyzer) -> Set<String> {
        var words = Set<String>()
        for offer in content.offers {
            for text in offer.searchableText { words.formUnion(analyzer.words(text)) }
        }
        for (key, values) in content.synonyms.entries {
            words.formUnion(analyzer.words(key))
            for value in values { words.formUnion(analyzer.words(value)) }
        }
        return words.filter { $0.count >= Decompounder.minimumPart && !$0.contains(where: \.isNumber) }
    }

    /// Words for "Mente du ...?" from some offers: names and keywords count most.
    static func spellingWords(_ offers: [Offer], synonyms: SynonymTable, analyzer: TextAnalyzer) -> [String: Int] {
        var counts: [String: Int] = [:]
        func add(_ text: String, _ weight: Int) {
            for word in analyzer.words(text) where word.count >= 4 && !word.contains(where: \.isNumber) {
                counts[word, default: 0] += weight
            }
        }
        for offer in offers where offer.isPublic {
            add(offer.name, 3)
            add(offer.keywords.joined(separator: " "), 3)
            add(offer.summary, 1)
            add(offer.description, 1)
        }
        for (key, values) in synonyms.entries {
            add(key, 2)
            values.forEach { add($0, 1) }
        }
        return counts
    }

    /// Ids in code order: the vocabulary's own order first, then any others the offers use.
    static func codeTable(_ declared: [String], _ used: [String]) -> [String] {
        // Distinct first: a national catalogue uses a few hundred ids some 200,000 times.
        declared + Set(used).subtracting(declared).sorted()
    }

    private static func named<T: Identifiable>(_ ids: [String], _ known: [T], fallback: (String) -> T) -> [T] where T.ID == String {
        let byID = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.map { byID[$0] ?? fallback($0) }
    }
}
