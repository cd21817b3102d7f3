import Directory
import Foundation
import Logging
import OfferModel
import ServiceLifecycle

/// Notices, once a second, when `tilbud index` has published a new revision of the index, and
/// says so: a log line, the reload count and the index gauges of `/metrics`.
///
/// Searches follow the index on their own (`OfferSearcher` checks at every search); this only
/// reports it, so an operator sees in the log when the server started to answer from a new
/// catalogue, and when the index went missing.
struct IndexWatcher: Service {
    let directory: OfferDirectory
    let metrics: ServerMetrics
    let logger: Logger
    var interval: Duration = .seconds(1)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var seen = await look(previous: nil, first: true)
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                seen = await look(previous: seen, first: false)
            }
        }
    }

    /// Updates the gauges and reports a change since `previous`; returns the revision it saw.
    @discardableResult
    func look(previous: CommitStamp?, first: Bool) async -> CommitStamp? {
        let stamp = directory.revisionAtOnce()
        let status = stamp == nil ? nil : try? await directory.indexStatus()
        if let status {
            metrics.indexAge.record(status.age())
            metrics.indexOffers.record(status.offers)
            metrics.indexCommitTime.record(status.committed.timeIntervalSince1970)
        }
        guard first || previous != stamp else { return stamp }
        let metadata: Logger.Metadata = status.map {
            ["revision": .string($0.revision), "tilbud": .stringConvertible($0.offers)]
        } ?? ["indeks": .string(directory.indexFolder)]
        if stamp == nil {
            logger.warning(first ? "intet søgeindeks endnu; siderne svarer 503, til tilbud index har bygget det"
                                 : "søgeindekset er forsvundet; siderne svarer 503", metadata: metadata)
        } else if first || previous == nil {
            logger.info("søgeindeks i brug", metadata: metadata)
        } else {
            metrics.reloads.increment()
            logger.info("nyt søgeindeks i brug", metadata: metadata)
        }
        return stamp
    }
}
