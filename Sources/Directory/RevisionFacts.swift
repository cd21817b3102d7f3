import OfferModel
import Synchronization

/// What `/healthz` and `searchAtOnce` need of the live index (its status, size included, and the
/// model of its vectors), read once per index revision. A health check comes every few seconds and must answer at once even
/// when every thread of the Directory is busy with searches: while the revision stays, it costs
/// one `stat` of the database and no Xapian call.
struct RevisionFacts: Sendable {
    var stamp: CommitStamp
    var status: IndexStatus
    var vectorModel: String?
}

/// The facts of the revision read last.
final class RevisionFactsCache: Sendable {
    private let known = Mutex<RevisionFacts?>(nil)

    func facts(for stamp: CommitStamp) -> RevisionFacts? {
        known.withLock { $0?.stamp == stamp ? $0 : nil }
    }

    func keep(_ facts: RevisionFacts) {
        known.withLock { $0 = facts }
    }
}

extension OfferDirectory {
    /// The live revision's facts: from memory while the revision stays, else read on the calling
    /// thread (an event loop's `searchAtOnce` reads a new revision's once); nil without an index.
    func currentFactsNow() throws(DirectoryError) -> RevisionFacts? {
        guard let stamp = index.currentRevision() else { return nil }
        if let known = revisionFacts.facts(for: stamp) { return known }
        guard let status = try indexStatus() else { return nil }
        let facts = RevisionFacts(stamp: stamp, status: status, vectorModel: try? searcher().vectorModel())
        revisionFacts.keep(facts)
        return facts
    }

    /// The same for the async API: a new revision's facts are read on the Directory's threads.
    func currentFacts() async throws(DirectoryError) -> RevisionFacts? {
        if let stamp = index.currentRevision(), let known = revisionFacts.facts(for: stamp) { return known }
        return try await BlockingWork.run { [self] () throws(DirectoryError) in try currentFactsNow() }
    }
}
