import Foundation
import OfferModel

/// One opened generation of the index with everything read from its metadata.
/// Used only under `OfferSearcher`'s lock.
final class SearcherState {
    let path: String
    let database: XapianDatabase
    let analyzer: TextAnalyzer
    let planner: QueryPlanner
    let snippets: SnippetBuilder
    let needCodes: [String]
    let centreCodes: [String]
    let vocabulary: IndexVocabulary
    /// The stored offers of the revision the database is open at.
    private(set) var store: OfferStoreReader
    /// Identity of the commit the database was last opened at (see `CommitStamp`).
    var commit: CommitStamp?
    /// The vectors of the revision the database is open at, nil when it has none.
    private(set) var vectors: VectorIndex?
    /// "identity dimension" of the model the vectors were made with ("" without vectors).
    private(set) var vectorModel = ""
    /// Snippets already cut from the offers of `store`, by offer id and matched terms: fresh
    /// searches for the catalogue's words cut the same few again and again.
    private var snippetCache: [SnippetKey: [SnippetPart]] = [:]
    static let keptSnippets = 8192

    private struct SnippetKey: Hashable {
        let offer: String
        let terms: Set<String>
    }

    init(path: String) throws(IndexError) {
        self.path = path
        commit = CommitStamp(database: path)
        database = try XapianDatabase(path: path)
        let schema = try database.metadata(IndexSchema.Metadata.schema)
        guard schema == IndexSchema.version else { throw .incompatible(found: schema.isEmpty ? "ukendt" : schema) }
        store = try OfferStoreReader(database: path, table: try OfferStore.table(of: database))
        needCodes = try Self.decode([String].self, database.metadata(IndexSchema.Metadata.needCodes)) ?? []
        centreCodes = try Self.decode([String].self, database.metadata(IndexSchema.Metadata.centreCodes)) ?? []
        vocabulary = try Self.decode(IndexVocabulary.self, database.metadata(IndexSchema.Metadata.vocabulary))
            ?? IndexVocabulary(needs: [], centres: [], municipality: Municipality(id: "", name: ""))
        let options = try Self.decode(IndexOptions.self, database.metadata(IndexSchema.Metadata.options)) ?? .plain
        analyzer = try TextAnalyzer(options: options)
        let table = try Self.decode([String: [String]].self, database.metadata(IndexSchema.Metadata.synonyms)) ?? [:]
        var decompounder: Decompounder?
        if options.compounds {
            let words = try database.metadata(IndexSchema.Metadata.words)
            decompounder = Decompounder(vocabulary: Set(words.split(separator: "\n").map(String.init)))
        }
        planner = QueryPlanner(database: database, analyzer: analyzer,
                               synonyms: SynonymMatcher(table: SynonymTable(table), analyzer: analyzer),
                               decompounder: decompounder, spelling: options.spelling)
        snippets = SnippetBuilder(analyzer: analyzer)
        try followVectors()
    }

    /// Moves the database to its newest revision, and the store with it.
    func reopen() throws(IndexError) {
        _ = try database.reopen()
        try followDatabase()
    }

    /// The store to read the hits of matches from: when Xapian reopened the database during
    /// that search, first the store of the revision it moved to.
    func store(for matches: XapianMatches) throws(IndexError) -> OfferStoreReader {
        if matches.reopened { try followDatabase() }
        return store
    }

    /// The snippet of offer's description (or summary) with terms marked.
    func snippet(of offer: Offer, matching terms: Set<String>) -> [SnippetPart] {
        let key = SnippetKey(offer: offer.id, terms: terms)
        if let known = snippetCache[key] { return known }
        let made = snippets.snippet(of: offer.description.isEmpty ? offer.summary : offer.description, matching: terms)
        if snippetCache.count >= Self.keptSnippets { snippetCache.removeAll(keepingCapacity: true) }
        snippetCache[key] = made
        return made
    }

    /// Opens the store at the table of the revision the database is at now.
    private func followDatabase() throws(IndexError) {
        let table = try OfferStore.table(of: database)
        if table != store.table {
            store = try OfferStoreReader(database: path, table: table)
            snippetCache.removeAll()
        }
        try followVectors()
    }

    /// Opens the vector store at the table of the database's revision, if it has one.
    private func followVectors() throws(IndexError) {
        let value = try database.metadata(IndexSchema.Metadata.vectorStore)
        vectorModel = try database.metadata(IndexSchema.Metadata.vectorModel)
        guard !value.isEmpty, let dimension = vectorModel.split(separator: " ").last.flatMap({ Int($0) }) else {
            vectors = nil
            return
        }
        let table = try OfferStore.Table(metadataValue: value)
        if vectors?.reader.table == table { return }
        vectors = VectorIndex(reader: try OfferStoreReader(path: VectorStore.path(in: path), magic: VectorStore.magic, table: table),
                              dimension: dimension)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        guard !text.isEmpty else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
