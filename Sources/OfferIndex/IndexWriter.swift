import Foundation
import OfferModel
import TextEmbedding

/// Builds the search index from a catalogue's content and publishes it atomically.
///
/// Only one writer runs at a time (a lock in the index folder). A full build writes a new
/// database beside the live one and swaps it in when complete (see `IndexLocation`); an update
/// that touches few offers writes them into the live database in one Xapian commit, which is
/// atomic too. Either way a failure or `kill -9` at any point leaves a complete index answering.
public struct IndexWriter: Sendable {
    public let location: IndexLocation
    public var options: IndexOptions
    /// How many databases a full build writes in parallel before compacting them into one;
    /// nil: as `ShardedBuild.shardCount` finds for the catalogue and the machine.
    var buildShards: Int?
    /// The model that embeds each offer for semantic search; nil: the index gets no vectors.
    public var embedder: (any TextEmbedder)?

    public init(location: IndexLocation, options: IndexOptions = IndexOptions(), embedder: (any TextEmbedder)? = nil) {
        self.location = location
        self.options = options
        self.embedder = embedder
    }

    /// The `Metadata.vectorModel` value an index written by this writer carries.
    var vectorModel: String { embedder.map { VectorStore.modelValue(identity: $0.identity, dimension: $0.dimension) } ?? "" }

    /// Builds a complete new index from content and makes it the live one.
    @discardableResult
    public func rebuild(_ content: IndexContent) throws(IndexError) -> IndexReport {
        try location.withWriterLock { () throws(IndexError) -> IndexReport in try fullBuild(content) }
    }

    /// Brings the live index up to date with content: writes only the offers that changed when
    /// the index was built the same way and few changed, else builds it anew.
    @discardableResult
    public func update(_ content: IndexContent) throws(IndexError) -> IndexReport {
        try location.withWriterLock { () throws(IndexError) -> IndexReport in
            location.removeUnfinishedBuilds()
            if let report = try IndexUpdate(writer: self, content: content).applyInPlace() { return report }
            return try fullBuild(content)
        }
    }

    /// Writes only the offers that changed into the live index, or returns nil (and writes
    /// nothing) when that is not safe or too many changed. The only way to use content with
    /// `unchanged` offers, which a full build cannot use.
    public func updateInPlace(_ content: IndexContent) throws(IndexError) -> IndexReport? {
        try location.withWriterLock { () throws(IndexError) -> IndexReport? in
            location.removeUnfinishedBuilds()
            return try IndexUpdate(writer: self, content: content).applyInPlace()
        }
    }

    private func fullBuild(_ content: IndexContent) throws(IndexError) -> IndexReport {
        precondition(content.unchanged.isEmpty, "a full build needs every offer read")
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
        let database = location.currentDatabase() ?? folder
        var report = IndexReport(mode: .full, offers: content.offers.count, changed: content.offers.count, removed: 0,
                                 seconds: (clock.now - start).seconds, database: database, stamp: CommitStamp(database: database))
        report.embedded = embeddedTexts.value
        report.vectors = embedder != nil
        return report
    }

    /// Texts the last build embedded (set inside `write`, read for its report).
    private let embeddedTexts = Counter()

    private func write(_ content: IndexContent, into folder: String) throws(IndexError) {
        let analyzer = try TextAnalyzer(options: options)
        let plan = try IndexPlan(content, options: options, analyzer: analyzer, vectorModel: vectorModel)
        let averageLength = IndexPlan.averageLength(of: content, options: options)
        let offers = content.offers.sorted(by: { $0.id < $1.id })
        let shards = buildShards ?? ShardedBuild.shardCount(offers: offers.count)
        let options = options
        // Vectors first (the cache is the live generation's store, and a model failure should cost
        // no Xapian work); their file is written with the metadata, once the folder is final
        // (a sharded build replaces the folder when it compacts).
        let vectors = try vectorRecords(offers, content: content, plan: plan)
        let finish = { @Sendable (database: XapianWritableDatabase, store: OfferStore.Table) throws(IndexError) in
            try Self.writeOnce(content, plan: plan, options: options, averageLength: averageLength, store: store, into: database)
            if let vectors {
                let writer = try OfferStoreWriter(creating: VectorStore.path(in: folder), magic: VectorStore.magic)
                for record in vectors { try writer.append(record) }
                try database.setMetadata(IndexSchema.Metadata.vectorStore, try writer.finish().metadataValue)
            }
        }
        if shards > 1 {
            let store = try ShardedBuild(content: content, options: options, plan: plan, offers: offers, averageLength: averageLength)
                .write(into: folder, shards: shards)
            let database = try XapianWritableDatabase(path: folder, create: false)
            try finish(database, store)
            try database.commit()
            return
        }
        let database = try XapianWritableDatabase(path: folder, create: true)
        let store = try OfferStoreWriter(creating: OfferStore.path(in: folder))
        let builder = plan.documentBuilder(content, options: options, analyzer: analyzer, words: plan.words,
                                           averageLength: averageLength)
        let pipeline = DocumentPipeline(builder: builder, offers: offers)
        pipeline.start()
        do throws(IndexError) {
            while let (document, stored) = try pipeline.next() {
                try database.add(document)
                try store.append(stored)
            }
        } catch {
            pipeline.cancel()
            throw error
        }
        try finish(database, try store.finish())
        try database.commit()
    }

    /// The vector store records of a full build, in `offers` order (docids 1, 2, ...); nil
    /// without an embedder.
    private func vectorRecords(_ offers: [Offer], content: IndexContent, plan: IndexPlan) throws(IndexError) -> [[UInt8]]? {
        guard let embedder else { return nil }
        let maker = VectorMaker(embedder: embedder, content: content, needCodes: plan.needCodeMap, centreCodes: plan.centreCodeMap)
        if let live = location.currentDatabase(), let database = try? XapianDatabase(path: live) { maker.useCache(of: database, path: live) }
        let records = try maker.records(for: offers)
        embeddedTexts.value = maker.embedded
        return records
    }

    /// What an index holds once, besides its documents: spelling data and metadata.
    private static func writeOnce(_ content: IndexContent, plan: IndexPlan, options: IndexOptions, averageLength: Double,
                                  store: OfferStore.Table, into database: XapianWritableDatabase) throws(IndexError) {
        if options.spelling {
            for (word, frequency) in IndexPlan.spellingWords(content.offers, synonyms: content.synonyms, analyzer: try TextAnalyzer(options: options)) {
                try database.addSpelling(word, frequency: frequency)
            }
        }
        for (key, value) in plan.metadata { try database.setMetadata(key, value) }
        try database.setMetadata(IndexSchema.Metadata.words, plan.words.sorted().joined(separator: "\n"))
        try database.setMetadata(IndexSchema.Metadata.averageLength, String(averageLength))
        try database.setMetadata(IndexSchema.Metadata.offerStore, store.metadataValue)
        try database.setMetadata(IndexSchema.Metadata.screens, try json(content.screens))
    }

    static func json<T: Encodable>(_ value: T) throws(IndexError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do { return String(decoding: try encoder.encode(value), as: UTF8.self) } catch {
            throw .xapian(operation: "skrivning af metadata", message: "\(error)")
        }
    }
}

/// A number a build sets and its report reads.
/// `@unchecked Sendable`: set and read on the writer's own thread only, under the writer lock.
final class Counter: @unchecked Sendable {
    var value = 0
}

extension Duration {
    /// The duration in seconds as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
