/// How people say it -> how offers say it (`synonymer.yaml`).
///
/// Keys are lower-case words or phrases; each maps to one or more words or phrases
/// that the offers themselves use. The index stores the table, so a searcher always
/// expands with the table its index was built with.
public struct SynonymTable: Sendable, Hashable, Codable {
    public var entries: [String: [String]]

    public init(_ entries: [String: [String]] = [:]) {
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }
}
