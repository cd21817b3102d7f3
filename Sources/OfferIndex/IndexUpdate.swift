import Foundation
import OfferModel

/// Writes only what changed into the live index, when that is safe and worth it.
///
/// Safe: the live index has the same schema, options, synonym table, code tables and names
/// as a fresh build would (otherwise every document could be affected). Worth it: at most
/// `maxChangedShare` of the offers (or `minimumChanges`) changed. Which offers changed is read from each
/// document's fingerprint (a hash of its stored data). New words join the compound vocabulary;
/// documents indexed earlier keep the splits they got. Offers listed in `IndexContent.unchanged`
/// are taken to be as the index holds them and are not compared. An update that would append to
/// an offer store that is mostly dead bytes builds anew instead (`OfferStore.isMostlyDead`).
struct IndexUpdate {
    static let maxChangedShare = 0.05
    /// Small catalogues may always change this many offers in place.
    static let minimumChanges = 10
    let writer: IndexWriter
    let content: IndexContent

    /// The report of an in-place update, or nil when a full build is needed.
    func applyInPlace() throws(IndexError) -> IndexReport? {
        guard let path = writer.location.currentDatabase() else { return nil }
        let clock = ContinuousClock()
        let start = clock.now
        let analyzer = try TextAnalyzer(options: writer.options)
        let plan = try IndexPlan(content, options: writer.options, analyzer: analyzer, collectWords: false, vectorModel: writer.vectorModel)
        let live: XapianDatabase
        do { live = try XapianDatabase(path: path) } catch { return nil }
        for (key, value) in plan.metadata where try live.metadata(key) != value { return nil }
        guard let averageLength = Double(try live.metadata(IndexSchema.Metadata.averageLength)) else { return nil }

        var indexed: [String: [UInt8]] = [:]
        for value in try live.values(slot: IndexSchema.Slot.fingerprint) where value.count > 8 {
            indexed[String(decoding: value[8...], as: UTF8.self)] = Array(value[..<8])
        }
        let changed = content.offers.filter { indexed[$0.id] != Fingerprint.of($0) }
        let present = Set(content.offers.map(\.id) + content.unchanged.map(\.id))
        let removed = indexed.keys.filter { !present.contains($0) }
        let total = content.offers.count + content.unchanged.count
        let limit = max(Self.minimumChanges, Int(Double(max(indexed.count, total)) * Self.maxChangedShare))
        guard changed.count + removed.count <= limit else { return nil }
        var words = Set<String>()
        var newWords = false
        if writer.options.compounds && !changed.isEmpty {
            words = Set(try live.metadata(IndexSchema.Metadata.words).split(separator: "\n").map(String.init))
            let count = words.count
            words.formUnion(IndexPlan.vocabulary(of: IndexContent(offers: changed, synonyms: content.synonyms), analyzer: analyzer))
            newWords = words.count > count
        }
        let builder = plan.documentBuilder(content, options: writer.options, analyzer: analyzer, words: words,
                                           averageLength: averageLength)

        var embedded = 0
        let screens = try IndexWriter.json(content.screens)
        let newScreens = try live.metadata(IndexSchema.Metadata.screens) != screens
        if !changed.isEmpty || !removed.isEmpty {
            let current = try OfferStoreReader(database: path, table: try OfferStore.table(of: live))
            let store = try OfferStoreWriter(appendingTo: path, current: current)
            if OfferStore.isMostlyDead(fileSize: store.size, liveBytes: current.liveBytes) { return nil }
            // The vectors of changed offers, embedded before anything is written (a model
            // failure then leaves the index as it was).
            var vectors: (writer: OfferStoreWriter, records: [[UInt8]])?
            if let embedder = writer.embedder {
                let maker = VectorMaker(embedder: embedder, content: content, needCodes: plan.needCodeMap, centreCodes: plan.centreCodeMap)
                var earlier: [UInt32] = []
                for offer in changed { if let docid = try live.docid(uniqueTerm: IndexSchema.Prefix.id + offer.id) { earlier.append(docid) } }
                maker.useCache(of: live, path: path, docids: earlier)
                let records = try maker.records(for: changed)
                embedded = maker.embedded
                let table = try OfferStore.Table(metadataValue: try live.metadata(IndexSchema.Metadata.vectorStore))
                let reader = try OfferStoreReader(path: VectorStore.path(in: path), magic: VectorStore.magic, table: table)
                vectors = (try OfferStoreWriter(appendingTo: path, current: reader, fileName: VectorStore.fileName), records)
            }
            var removedDocids: [UInt32] = []
            for id in removed { if let docid = try live.docid(uniqueTerm: IndexSchema.Prefix.id + id) { removedDocids.append(docid) } }
            let database = try XapianWritableDatabase(path: path, create: false)
            for (number, offer) in changed.enumerated() {
                let docid = try database.replace(uniqueTerm: IndexSchema.Prefix.id + offer.id, with: try builder.document(for: offer))
                try store.put(StoredOffer.encode(offer), docid: docid)
                if let vectors { try vectors.writer.put(vectors.records[number], docid: docid) }
            }
            for id in removed { try database.delete(uniqueTerm: IndexSchema.Prefix.id + id) }
            for docid in removedDocids { vectors?.writer.remove(docid: docid) }
            if writer.options.spelling {
                for (word, frequency) in IndexPlan.spellingWords(changed, synonyms: SynonymTable(), analyzer: analyzer) {
                    try database.addSpelling(word, frequency: frequency)
                }
            }
            if newWords { try database.setMetadata(IndexSchema.Metadata.words, words.sorted().joined(separator: "\n")) }
            // The store is on disk before the commit that names its new table (see `OfferStore`).
            try database.setMetadata(IndexSchema.Metadata.offerStore, try store.finish().metadataValue)
            if let vectors { try database.setMetadata(IndexSchema.Metadata.vectorStore, try vectors.writer.finish().metadataValue) }
            if newScreens { try database.setMetadata(IndexSchema.Metadata.screens, screens) }
            try database.commit()
        } else if newScreens {
            let database = try XapianWritableDatabase(path: path, create: false)
            try database.setMetadata(IndexSchema.Metadata.screens, screens)
            try database.commit()
        }
        var report = IndexReport(mode: .incremental, offers: total, changed: changed.count, removed: removed.count,
                                 seconds: (clock.now - start).seconds, database: path, stamp: CommitStamp(database: path))
        report.embedded = embedded
        report.vectors = writer.embedder != nil
        return report
    }
}
