import Foundation
import OfferModel

/// A full build spread over the cores: the offers, sorted by id, are cut into contiguous slices;
/// each slice is analysed and written by its own thread into its own Xapian database, and the
/// databases are then compacted, in order, into the one database that is published.
///
/// The time of a build goes to Xapian's own in-memory posting lists (about 300 µs per offer of
/// the shared benchmark), not to our analysis; writers of separate databases share nothing, so
/// both cores write. Compacting 100,000 offers takes about a second and leaves the same
/// documents, in the same order, with the same terms, values and data as one writer would
/// (the benchmark's answers come out byte for byte the same), in a smaller index.
/// Small catalogues use one writer (with analysis on a second thread, see `DocumentPipeline`).
struct ShardedBuild {
    /// Fewer offers per writer than this are not worth a second database and the compaction.
    static let minimumOffersPerShard = 2_000
    /// Above this many offers per writer, each core gets two writers with half as much each.
    static let maximumOffersPerShard = 250_000
    static let maximumShards = 8
    /// Each writer commits (without fsync: its database is scratch) after this many offers.
    /// Xapian keeps uncommitted postings in ordered maps that get slower as they grow; its own
    /// default of 10,000 documents measured 26-35 s for 100,000 offers on two writers, every
    /// 500-2,000 offers 26-28 s.
    static let commitEvery = 1_000

    let content: IndexContent
    let options: IndexOptions
    let plan: IndexPlan
    /// The offers in document order.
    let offers: [Offer]
    /// Their average length (`IndexSchema.Ranking`).
    let averageLength: Double

    /// How many writers a build of `offers` offers uses on `cores` cores: one per core, and two
    /// per core for very large catalogues. A smaller database keeps Xapian's flushes cheaper; at
    /// 1,000,000 offers on 2 cores, 4 writers built in 298.5 and 281.0 s, 2 in 314.4 and 299.2 s.
    static func shardCount(offers: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
        let writers = max(1, min(cores, maximumShards, offers / minimumOffersPerShard))
        let doubled = writers > 1 && offers > writers * maximumOffersPerShard
        return min(maximumShards, doubled ? writers * 2 : writers)
    }

    /// Writes `shards` databases beside `folder` in parallel (`.bygger-` names, so that a build killed
    /// half-way is cleaned up as usual), each with its part of the offer store, then compacts them
    /// into `folder` and joins the parts into its store. Returns the store's table, for the
    /// metadata that the caller writes once into the compacted database.
    func write(into folder: String, shards: Int) throws(IndexError) -> OfferStore.Table {
        let paths = (0..<shards).map { "\(folder)-del-\($0)" }
        let storeParts = paths.map { $0 + "." + OfferStore.fileName }
        defer { for path in paths + storeParts { try? FileManager.default.removeItem(atPath: path) } }
        // Each writer's part of the store, or its first error.
        let parts = parallelMap(shards) { shard -> Result<OfferStoreWriter, IndexError> in
            do throws(IndexError) {
                let slice = offers[offers.count * shard / shards ..< offers.count * (shard + 1) / shards]
                let database = try XapianWritableDatabase(path: paths[shard], create: true, scratch: true)
                let store = try OfferStoreWriter(creating: storeParts[shard], header: false)
                let builder = plan.documentBuilder(content, options: options, analyzer: try TextAnalyzer(options: options), words: plan.words,
                                                   averageLength: averageLength)
                for (number, offer) in slice.enumerated() {
                    try database.add(try builder.document(for: offer))
                    try store.append(StoredOffer.encode(offer))
                    if number % Self.commitEvery == Self.commitEvery - 1 { try database.commit() }
                }
                try database.commit()
                return .success(store)
            } catch {
                return .failure(error)
            }
        }
        var stores: [OfferStoreWriter] = []
        for part in parts {
            switch part {
            case let .success(store): stores.append(store)
            case let .failure(error): throw error
            }
        }
        try? FileManager.default.removeItem(atPath: folder)
        try XapianWritableDatabase.compact(paths, into: folder)
        // Compaction keeps the documents in order and numbers them from 1 without gaps, as the
        // parts number their records.
        let store = try OfferStoreWriter(creating: OfferStore.path(in: folder))
        for part in stores { try store.append(part: part) }
        return try store.finish()
    }
}
