import Foundation
import OfferModel

/// Answers searches from the live index, and follows it when a new one is published.
///
/// Every call first checks which generation `current` points to and whether the open one
/// has new commits, so a running server picks up a new index without a restart. Calls are
/// serialised by a lock: Xapian's database objects are not thread-safe.
/// `@unchecked Sendable`: all mutable state is behind `lock`.
public final class OfferSearcher: @unchecked Sendable {
    public let location: IndexLocation
    private let lock = NSLock()
    private var state: SearcherState?

    /// Opens the live index; throws `IndexError.missing` if none has been built.
    public init(location: IndexLocation) throws(IndexError) {
        self.location = location
        _ = try withState { _ throws(IndexError) in () }
    }

    public func search(_ request: SearchRequest) throws(IndexError) -> SearchResult {
        try withState { state throws(IndexError) in try SearchRun(state: state, request: request).run() }
    }

    /// The offer with this id, including ended ones; nil if the index has none.
    public func offer(id: String) throws(IndexError) -> Offer? {
        try withState { state throws(IndexError) in
            guard let data = try state.database.documentData(uniqueTerm: IndexSchema.Prefix.id + id) else { return nil }
            return try state.decodeOffer(Array(data.utf8))
        }
    }

    /// Needs, centres and municipality as the live index names them.
    public func vocabulary() throws(IndexError) -> (needs: [Need], centres: [Centre], municipality: Municipality) {
        try withState { state throws(IndexError) in
            (state.vocabulary.needs, state.vocabulary.centres, state.vocabulary.municipality)
        }
    }

    /// Every offer in the live index (ended ones too), in id order.
    public func allOffers() throws(IndexError) -> [Offer] {
        try withState { state throws(IndexError) in
            let count = try state.database.documentCount
            guard count > 0 else { return [] }
            let matches = try state.database.search(try .matchAll(), offset: 0, limit: count, checkAtLeast: 0, facetSlots: [])
            var offers: [Offer] = []
            for index in 0..<matches.count { offers.append(try state.decodeOffer(matches.data(index))) }
            return offers
        }
    }

    public func documentCount() throws(IndexError) -> Int {
        try withState { state throws(IndexError) in try state.database.documentCount }
    }

    /// Runs body on the current generation; on an error, reopens once and retries
    /// (a reader may hold a generation that a later build removed).
    private func withState<T>(_ body: (SearcherState) throws(IndexError) -> T) throws(IndexError) -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(try refreshed())
        } catch {
            if case .incompatible = error { throw error }
            state = nil
            return try body(try refreshed())
        }
    }

    private func refreshed() throws(IndexError) -> SearcherState {
        guard let path = location.currentDatabase() else { throw .missing(path: location.directory) }
        // A full build is a new generation behind `current`; an update commits into the open
        // one, which shows as a new commit stamp.
        if let state, state.path == path {
            let stamp = CommitStamp(database: path)
            if stamp != state.commit {
                _ = try state.database.reopen()
                state.commit = stamp
            }
            return state
        }
        let fresh = try SearcherState(path: path)
        state = fresh
        return fresh
    }
}
