import Foundation

/// The service's own threads: thread 0 loads the model; each thread embeds batches of search
/// texts with an engine of its own, the others loading theirs once thread 0's is ready, so the
/// first search waits for one load only. They hold `condition` only between a load or a model call.
extension ModelService {
    /// Starts the service's thread number `index` (0 also loads).
    func startThread(_ index: Int) {
        threadsStarted = max(threadsStarted, index + 1)
        let thread = Thread { [self] in work(index) }
        thread.name = "sprogmodel-\(index)"
        thread.start()
    }

    /// How many threads embed side by side: one per core a search's call takes, at most
    /// `maxWorkers`; two for an endpoint, whose calls take no core here.
    private func workerCount(_ embedder: any TextEmbedder) -> Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let count = embedder.searchThreads == 0 ? 2 : cores / embedder.searchThreads
        return min(maxWorkers, max(1, count))
    }

    /// How much less the service's thread (and the engine's OpenMP threads it starts, which inherit
    /// it) weighs than the server's own threads when both want a core: a search that waits for the
    /// model waits either way, and `/healthz` and the searches that need no model must not.
    static let niceness: Int32 = 10

    /// Loads when asked (thread 0), else embeds the queue's oldest texts with this thread's
    /// engine, else waits; the lock is held only between those.
    private func work(_ index: Int) {
        // On Linux a nice value belongs to a thread, and `who` 0 is the calling one.
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceness)
        condition.lock()
        while true {
            if index == 0, mustLoad {
                mustLoad = false
                condition.unlock()
                let result = Result { () throws(EmbeddingError) in try configuration.load() }
                condition.lock()
                switch result {
                case let .success(embedder):
                    failures = 0
                    load = .ready(embedder)
                    engines = [0: embedder]
                    enginesTried = []
                    workers = workerCount(embedder)
                    identityValue = embedder.identity
                    epochValue += 1
                    for more in threadsStarted..<max(threadsStarted, workers) { startThread(more) }
                    resumeLoadWaiters()
                case let .failure(error):
                    failed(error)
                }
            } else if case .ready = load, index < workers, engines[index] == nil, !enginesTried.contains(index) {
                // An engine is one caller at a time: this thread's own, loaded beside thread 0's
                // work; none (after a failed try) leaves the searches to the others.
                enginesTried.insert(index)
                condition.unlock()
                let loaded = try? configuration.load()
                condition.lock()
                if let loaded, engines[index] == nil { engines[index] = loaded }
            } else if case .ready = load, let embedder = engines[index], !queue.isEmpty {
                let batch = nextBatch()
                for text in batch {
                    queued.remove(text)
                    inFlight.insert(text)
                }
                condition.unlock()
                let result = Result { () throws(EmbeddingError) in try embedder.embedSearches(batch) }
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
