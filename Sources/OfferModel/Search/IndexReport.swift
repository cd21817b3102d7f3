/// What one `IndexWriter` run did.
public struct IndexReport: Sendable, Hashable {
    public enum Mode: String, Sendable { case full = "fuld", incremental = "ændringer" }
    public var mode: Mode
    public var offers: Int
    /// Offers added or changed (all of them for a full build).
    public var changed: Int
    public var removed: Int
    public var seconds: Double
    public var database: String
    /// The commit this run made (taken under the writer lock, so it is this run's own).
    public var stamp: CommitStamp?
    /// Texts this run gave the sentence-embedding model (the rest came from the cache).
    public var embedded = 0
    /// Whether the index holds vectors for semantic search.
    public var vectors = false

    package init(mode: Mode, offers: Int, changed: Int, removed: Int, seconds: Double, database: String, stamp: CommitStamp?) {
        self.mode = mode
        self.offers = offers
        self.changed = changed
        self.removed = removed
        self.seconds = seconds
        self.database = database
        self.stamp = stamp
    }
}
