import Foundation
import OfferModel

/// A query's sentence embedding and the model that made it ("identity dimension", as
/// `VectorStore.modelValue`): the semantic side is used only when the index's vectors match it.
public struct QueryVector: Sendable, Hashable {
    public var values: [Float]
    public var model: String

    public init(values: [Float], model: String) {
        self.values = values
        self.model = model
    }

    public init(values: [Float], identity: String) {
        self.init(values: values, model: VectorStore.modelValue(identity: identity, dimension: values.count))
    }
}

/// Answers searches from the live index, and follows it when a new one is published.
///
/// Every call first checks which generation `current` points to and whether the open one
/// has new commits, so a running server picks up a new index without a restart.
/// Xapian's database objects are not thread-safe, so the searcher keeps a small pool of
/// slots, each with its own opened database behind its own lock; a call takes a free slot,
/// so searches on different cores run side by side.
/// `@unchecked Sendable`: all mutable state is in the slots, each behind its lock.
public final class OfferSearcher: @unchecked Sendable {
    public let location: IndexLocation
    private let slots: [Slot]
    private let nextSlot = NSLock()
    private var rotation = 0

    /// One opened generation and the lock that guards it.
    private final class Slot {
        let lock = NSLock()
        var state: SearcherState?
    }

    /// Opens the live index; throws `IndexError.missing` if none has been built.
    /// `concurrency` is how many searches may run at once (default: one per core).
    public init(location: IndexLocation, concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) throws(IndexError) {
        self.location = location
        slots = (0..<min(max(concurrency, 1), 16)).map { _ in Slot() }
        _ = try withState { _ throws(IndexError) in () }
    }

    /// Answers request; with a query vector, and vectors of the same model in the index, the
    /// free text is ranked by both sides as `request.ranking` says (see `Fusion`).
    public func search(_ request: SearchRequest, vector: QueryVector? = nil) throws(IndexError) -> SearchResult {
        try withState { state throws(IndexError) in try SearchRun(state: state, request: request, vector: vector).run() }
    }

    /// Loads the Danish dictionary the spelling check consults (a second or two, once per
    /// process), so that no search has to wait for it.
    public static func prepareSpelling() { DanishDictionary.shared.load() }

    /// "identity dimension" of the model the live index's vectors were made with; "" without vectors.
    public func vectorModel() throws(IndexError) -> String {
        try withState { state throws(IndexError) in state.vectorModel }
    }

    /// The offer with this id, including ended ones; nil if the index has none.
    public func offer(id: String) throws(IndexError) -> Offer? {
        try withState { state throws(IndexError) in
            guard let docid = try state.database.docid(uniqueTerm: IndexSchema.Prefix.id + id) else { return nil }
            return try state.store.offer(docid: docid)
        }
    }

    /// Needs, centres and municipality as the live index names them.
    public func vocabulary() throws(IndexError) -> (needs: [Need], centres: [Centre], municipality: Municipality) {
        try withState { state throws(IndexError) in
            (state.vocabulary.needs, state.vocabulary.centres, state.vocabulary.municipality)
        }
    }

    /// The info screens of the catalogue the live index was built from, as its newest commit has them.
    public func screens() throws(IndexError) -> [Screen] {
        try withState { state throws(IndexError) in
            let text = try state.database.metadata(IndexSchema.Metadata.screens)
            guard !text.isEmpty else { return [] }
            do { return try JSONDecoder().decode([Screen].self, from: Data(text.utf8)) } catch {
                throw .xapian(operation: "læsning af skærmene", message: "\(error)")
            }
        }
    }

    /// Every offer in the live index (ended ones too), in id order.
    public func allOffers() throws(IndexError) -> [Offer] {
        try withState { state throws(IndexError) in
            let count = try state.database.documentCount
            guard count > 0 else { return [] }
            let matches = try state.database.search(try .matchAll(), offset: 0, limit: count, checkAtLeast: 0, facetSlots: [])
            var offers: [Offer] = []
            let store = try state.store(for: matches)
            for index in 0..<matches.count { offers.append(try store.offer(docid: matches.docid(index))) }
            return offers
        }
    }

    public func documentCount() throws(IndexError) -> Int {
        try withState { state throws(IndexError) in try state.database.documentCount }
    }

    /// Runs body on the current generation; on an error, reopens once and retries
    /// (a reader may hold a generation that a later build removed).
    private func withState<T>(_ body: (SearcherState) throws(IndexError) -> T) throws(IndexError) -> T {
        let slot = takeSlot()
        defer { slot.lock.unlock() }
        do {
            return try body(try refreshed(slot))
        } catch {
            if case .incompatible = error { throw error }
            slot.state = nil
            return try body(try refreshed(slot))
        }
    }

    /// A free slot, locked; when all are busy, waits for the next one in turn.
    private func takeSlot() -> Slot {
        nextSlot.lock()
        let start = rotation
        rotation = (rotation + 1) % slots.count
        nextSlot.unlock()
        for offset in 0..<slots.count {
            let slot = slots[(start + offset) % slots.count]
            if slot.lock.try() { return slot }
        }
        let slot = slots[start]
        slot.lock.lock()
        return slot
    }

    private func refreshed(_ slot: Slot) throws(IndexError) -> SearcherState {
        guard let path = location.currentDatabase() else { throw .missing(path: location.directory) }
        // A full build is a new generation behind `current`; an update commits into the open
        // one, which shows as a new commit stamp.
        if let state = slot.state, state.path == path {
            let stamp = CommitStamp(database: path)
            if stamp != state.commit {
                try state.reopen()
                state.commit = stamp
            }
            return state
        }
        let fresh = try SearcherState(path: path)
        slot.state = fresh
        return fresh
    }
}
