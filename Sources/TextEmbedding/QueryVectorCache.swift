import Foundation

/// The vectors of recent query texts, kept in this process's memory only (never written or
/// logged: staff type situations of identifiable citizens), least recently used out first.
/// A repeated search then costs no model call.
/// `@unchecked Sendable`: all state is behind `lock`.
public final class QueryVectorCache: @unchecked Sendable {
    public let capacity: Int
    private let lock = NSLock()
    private var vectors: [String: (vector: [Float], used: UInt64)] = [:]
    private var clock: UInt64 = 0

    public init(capacity: Int = 1024) {
        self.capacity = capacity
    }

    /// The cached vector of text, or the embedder's (then cached).
    public func vector(for text: String, embedder: any TextEmbedder) throws(EmbeddingError) -> [Float] {
        if let known = cached(text) { return known }
        guard let vector = try embedder.embed([text]).first else { throw .failed("ingen vektor") }
        store(vector, for: text)
        return vector
    }

    /// Keeps text's vector (made elsewhere, e.g. in a batch), the oldest going when full.
    public func store(_ vector: [Float], for text: String) {
        guard capacity > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        clock += 1
        if vectors[text] == nil, vectors.count >= capacity {
            // Drop the oldest quarter at once: the scan is rare and the map stays small.
            let cut = vectors.values.map(\.used).sorted()[capacity / 4]
            vectors = vectors.filter { $0.value.used > cut }
        }
        vectors[text] = (vector, clock)
    }

    /// The kept vector of text (marked as used), or nil: no model call.
    public func cached(_ text: String) -> [Float]? {
        lock.lock()
        defer { lock.unlock() }
        clock += 1
        guard let known = vectors[text] else { return nil }
        vectors[text] = (known.vector, clock)
        return known.vector
    }

    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return vectors.count
    }
}
