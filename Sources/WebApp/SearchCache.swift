import Foundation

/// `/api/search` answers of the live index generation, reused for repeated searches
/// (`SearchCacheHandler` keeps whole responses in it).
///
/// Answers are kept by their path and query string (`/api/search?q=...&alder=...`), as sent.
/// An answer depends only on the query and the index's content, which `Generation` names (the
/// server passes `IndexLocation.currentRevision()`: a new generation or a new commit into the
/// live one moves it). So an answer holds until the revision moves; then the cache empties
/// itself. Search-as-you-type sends the same prefixes from every staff member, so most requests
/// repeat. Bounded: when full, it starts over.
/// `@unchecked Sendable`: the dictionary and generation are only touched under `lock`.
final class SearchCache<Generation: Hashable & Sendable, Answer: Sendable>: @unchecked Sendable {
    let capacity: Int
    private let lock = NSLock()
    private var generation: Generation?
    private var answers: [String: Answer] = [:]

    /// `capacity` 0 turns the cache off.
    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// The stored answer to `query` in `generation`, if any.
    func answer(_ query: String, generation: Generation?) -> Answer? {
        guard capacity > 0, let generation else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard self.generation == generation else { return nil }
        return answers[query]
    }

    /// Keeps `answer`; a new generation replaces everything kept for the old one.
    func store(_ answer: Answer, for query: String, generation: Generation?) {
        guard capacity > 0, let generation else { return }
        lock.lock()
        defer { lock.unlock() }
        if self.generation != generation || answers.count >= capacity {
            answers.removeAll(keepingCapacity: true)
            self.generation = generation
        }
        answers[query] = answer
    }
}
