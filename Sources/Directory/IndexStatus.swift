import Foundation
internal import OfferIndex

/// What the live index is, for health checks and the server's log: which build and commit,
/// when it was made and how many offers it holds.
public struct IndexStatus: Sendable, Equatable {
    /// The generation folder and the commit within it: `gen-1764000000123456@1764000012.5`.
    /// A full build gives a new generation, an update in place a new commit.
    public var revision: String
    /// When the live index last changed (its last commit).
    public var committed: Date
    /// Every offer in the index, ended ones too.
    public var offers: Int

    /// Seconds since the last commit.
    public func age(now: Date = Date()) -> Double {
        max(0, now.timeIntervalSince(committed))
    }
}

extension OfferDirectory {
    /// The live index's status; nil when none has been built. Throws when there is one but it
    /// cannot be read.
    public func indexStatus() throws(DirectoryError) -> IndexStatus? {
        guard let path = index.currentDatabase(), let stamp = index.currentRevision() else { return nil }
        let searcher = try searcher()
        let offers: Int
        do { offers = try searcher.documentCount() } catch { throw .index(error) }
        let generation = URL(fileURLWithPath: path).lastPathComponent
        return IndexStatus(revision: "\(generation)@\(String(format: "%.6f", stamp.time))",
                           committed: Date(timeIntervalSince1970: stamp.time), offers: offers)
    }
}
