import OfferIndex
import Synchronization

/// What `/healthz` reports of the live index (its status and the model of its vectors), read
/// once per index revision. A health check comes every few seconds and must answer at once even
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
    /// The live revision's facts: from memory while the revision stays, else read on the
    /// Directory's threads; nil without an index.
    func currentFacts() async throws(DirectoryError) -> RevisionFacts? {
        if let stamp = index.currentRevision(), let known = revisionFacts.facts(for: stamp) { return known }
        let facts = try await BlockingWork.run { [self] () throws(DirectoryError) -> RevisionFacts? in
            guard let stamp = index.currentRevision(), let status = try indexStatus() else { return nil }
            let model: String? = try? searcher().vectorModel()
            return RevisionFacts(stamp: stamp, status: status, vectorModel: model)
        }
        if let facts { revisionFacts.keep(facts) }
        return facts
    }
}
