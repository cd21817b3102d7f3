import Foundation
import OfferModel

/// Builds the search index from a catalogue's content and publishes it atomically.
///
/// Only one writer runs at a time (a lock in the index folder). A full build writes a new
/// database beside the live one and swaps it in when complete (see `IndexLocation`), so a
/// failure or `kill -9` at any point leaves the previous index answering.
public struct IndexWriter: Sendable {
    public let location: IndexLocation
    public var options: IndexOptions

    public init(location: IndexLocation, options: IndexOptions = IndexOptions()) {
        self.location = location
        self.options = options
    }

    /// Builds a complete new index from content and makes it the live one.
    @discardableResult
    public func rebuild(_ content: IndexContent) throws(IndexError) -> IndexReport {
        try location.withWriterLock { () throws(IndexError) -> IndexReport in
            let clock = ContinuousClock()
            let start = clock.now
            let folder = try location.newBuildFolder()
            do throws(IndexError) {
                try write(content, into: folder)
                try location.publish(buildFolder: folder)
            } catch {
                try? FileManager.default.removeItem(atPath: folder)
                throw error
            }
            return IndexReport(mode: .full, offers: content.offers.count, changed: content.offers.count, removed: 0,
                               seconds: (clock.now - start).seconds, database: location.currentDatabase() ?? folder)
        }
    }

    private func write(_ content: IndexContent, into folder: String) throws(IndexError) {
        let database = try XapianWritableDatabase(path: folder, create: true)
        let analyzer = try TextAnalyzer()
        let words = options.compounds ? vocabulary(of: content, analyzer: analyzer) : []
        let needIDs = Self.codeTable(content.needs.map(\.id), content.offers.flatMap(\.needs))
        let centreIDs = Self.codeTable(content.centres.map(\.id), content.offers.map(\.centre).filter { !$0.isEmpty })
        let builder = OfferDocumentBuilder(
            analyzer: analyzer,
            decompounder: options.compounds ? Decompounder(vocabulary: words) : nil,
            needCodes: Dictionary(uniqueKeysWithValues: needIDs.enumerated().map { ($1, $0) }),
            centreCodes: Dictionary(uniqueKeysWithValues: centreIDs.enumerated().map { ($1, $0) }),
            needNames: options.categoryText ? Dictionary(content.needs.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }) : nil
        )
        for offer in content.offers.sorted(by: { $0.id < $1.id }) {
            try database.add(try builder.document(for: offer))
        }
        if options.spelling {
            for (word, frequency) in spellingWords(content, analyzer: analyzer) {
                try database.addSpelling(word, frequency: frequency)
            }
        }
        let vocabulary = IndexVocabulary(needs: Self.named(needIDs, content.needs) { Need(id: $0, name: $0) },
                                         centres: Self.named(centreIDs, content.centres) { Centre(id: $0, name: $0) },
                                         municipality: content.municipality)
        try database.setMetadata(IndexSchema.Metadata.schema, IndexSchema.version)
        try database.setMetadata(IndexSchema.Metadata.needCodes, try Self.json(needIDs))
        try database.setMetadata(IndexSchema.Metadata.centreCodes, try Self.json(centreIDs))
        try database.setMetadata(IndexSchema.Metadata.vocabulary, try Self.json(vocabulary))
        try database.setMetadata(IndexSchema.Metadata.synonyms, try Self.json(content.synonyms.entries))
        try database.setMetadata(IndexSchema.Metadata.options, try Self.json(options))
        try database.setMetadata(IndexSchema.Metadata.words, words.sorted().joined(separator: "\n"))
        try database.commit()
    }

    /// Every word of the catalogue and its synonym table: the parts compounds may split into.
    private func vocabulary(of content: IndexContent, analyzer: TextAnalyzer) -> Set<String> {
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

    /// Words for "Mente du ...?": names and keywords count most, synonym keys too.
    private func spellingWords(_ content: IndexContent, analyzer: TextAnalyzer) -> [String: Int] {
        var counts: [String: Int] = [:]
        func add(_ text: String, _ weight: Int) {
            for word in analyzer.words(text) where word.count >= 4 && !word.contains(where: \.isNumber) {
                counts[word, default: 0] += weight
            }
        }
        for offer in content.offers where offer.isPublic {
            add(offer.name, 3)
            add(offer.keywords.joined(separator: " "), 3)
            add(offer.summary, 1)
            add(offer.description, 1)
        }
        for (key, values) in content.synonyms.entries {
            add(key, 2)
            values.forEach { add($0, 1) }
        }
        return counts
    }

    /// Ids in code order: the vocabulary's own order first, then any others the offers use.
    static func codeTable(_ declared: [String], _ used: [String]) -> [String] {
        var seen = Set(declared)
        var table = declared
        for id in used.sorted() where seen.insert(id).inserted { table.append(id) }
        return table
    }

    private static func named<T: Identifiable>(_ ids: [String], _ known: [T], fallback: (String) -> T) -> [T] where T.ID == String {
        let byID = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.map { byID[$0] ?? fallback($0) }
    }

    static func json<T: Encodable>(_ value: T) throws(IndexError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do { return String(decoding: try encoder.encode(value), as: UTF8.self) } catch {
            throw .xapian(operation: "skrivning af metadata", message: "\(error)")
        }
    }
}

extension Duration {
    /// The duration in seconds as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
