import Foundation
import OfferIndex
import TextEmbedding

/// Whether semantic search works, as `/healthz`, `tilbud search --json` and the log say it.
public struct SemanticStatus: Sendable, Hashable, Encodable {
    public enum State: String, Sendable, Hashable, Encodable {
        /// Model loaded, and the live index has vectors of the same model.
        case ready = "klar"
        /// Switched off by configuration: search is lexical.
        case off = "slaaet-fra"
        /// Wanted but not possible (no model, or an index without matching vectors): search is lexical.
        case unavailable = "utilgaengelig"
    }

    public var state: State
    /// The model's identity, when one is loaded.
    public var model: String?
    /// Danish, for people: what is the case and what to do.
    public var description: String
    /// Danish, for IT: how the model's engine runs here (`TextEmbedder.engineDescription`).
    public var engine: String? = nil

    enum CodingKeys: String, CodingKey { case state = "status", model = "model", description = "besked" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(state, forKey: .state)
        try container.encode(model, forKey: .model)
        try container.encode(description, forKey: .description)
    }
}

/// The model side of `OfferDirectory`: loads the embedder once (processes share a loaded
/// engine), embeds query texts through a bounded in-memory cache, and says once on standard
/// error when search must fall back to lexical. Never logs or stores a query text.
/// `@unchecked Sendable`: the loaded state is behind `lock`; the embedder and cache are thread-safe.
final class SemanticSide: @unchecked Sendable {
    let configuration: EmbedderConfiguration
    private let lock = NSLock()
    private var loaded: Result<any TextEmbedder, EmbeddingError>?
    private var announced = Set<String>()
    private let cache = QueryVectorCache(capacity: 2048)

    /// Engines already loaded in this process, by configuration (a model is mapped once, however
    /// many directories a process opens). `nonisolated(unsafe)`: only touched under `enginesLock`.
    nonisolated(unsafe) private static var engines: [EmbedderConfiguration: Result<any TextEmbedder, EmbeddingError>] = [:]
    private static let enginesLock = NSLock()

    init(configuration: EmbedderConfiguration) {
        self.configuration = configuration
    }

    /// The embedder, loaded on first use; the error says why there is none.
    func embedder() -> Result<any TextEmbedder, EmbeddingError> {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        Self.enginesLock.lock()
        let result: Result<any TextEmbedder, EmbeddingError>
        if let known = Self.engines[configuration] {
            result = known
        } else {
            do { result = .success(try configuration.load()) } catch { result = .failure(error) }
            Self.engines[configuration] = result
        }
        Self.enginesLock.unlock()
        loaded = result
        return result
    }

    /// What `vector(for:)` gives when it needs no model call or model load (semantic search is
    /// off, the model could not be loaded, or the text's vector is in memory); nil when it would.
    func vectorAtOnce(for text: String) -> Result<QueryVector, EmbeddingError>? {
        if configuration.source == .off { return vector(for: text) }
        lock.lock()
        let state = loaded
        lock.unlock()
        switch state {
        case nil: return nil
        case let .failure(error)?: return .failure(error)
        case let .success(embedder)?:
            return cache.cached(String(text.prefix(SearchRequest.maxTextLength)))
                .map { .success(QueryVector(values: $0, identity: embedder.identity)) }
        }
    }

    /// The query's vector, or why there is none (never thrown: search then answers lexically).
    func vector(for text: String) -> Result<QueryVector, EmbeddingError> {
        switch embedder() {
        case let .failure(error): return .failure(error)
        case let .success(embedder):
            do {
                let values = try cache.vector(for: String(text.prefix(SearchRequest.maxTextLength)), embedder: embedder)
                return .success(QueryVector(values: values, identity: embedder.identity))
            } catch { return .failure(error) }
        }
    }

    /// The status against an index whose vectors were made by `indexModel` ("" none, nil: no index).
    func status(indexModel: String?) -> SemanticStatus {
        switch embedder() {
        case .failure(.switchedOff):
            return SemanticStatus(state: .off, model: nil, description: EmbeddingError.switchedOff.description + " Søgningen er leksikalsk.")
        case let .failure(error):
            return SemanticStatus(state: .unavailable, model: nil, description: error.description + " Søgningen er leksikalsk.")
        case let .success(embedder):
            let wanted = QueryVector(values: [Float](repeating: 0, count: embedder.dimension), identity: embedder.identity).model
            guard let indexModel else {
                return SemanticStatus(state: .ready, model: embedder.identity, description: "Sprogmodellen \(embedder.identity) er indlæst.",
                                      engine: embedder.engineDescription)
            }
            if indexModel == wanted {
                return SemanticStatus(state: .ready, model: embedder.identity,
                                      description: "Semantisk søgning med \(embedder.identity) er klar.", engine: embedder.engineDescription)
            }
            let reason = indexModel.isEmpty ? "Indekset har ingen vektorer" : "Indekset er bygget med en anden sprogmodel (\(indexModel))"
            return SemanticStatus(state: .unavailable, model: embedder.identity,
                                  description: "\(reason). Byg det igen med `tilbud index --fuld`. Søgningen er leksikalsk.")
        }
    }

    /// Writes status to standard error the first time this process sees it (not when ready or off).
    func announce(_ status: SemanticStatus) {
        guard status.state == .unavailable else { return }
        lock.lock()
        let first = announced.insert(status.description).inserted
        lock.unlock()
        if first { FileHandle.standardError.write(Data(("tilbud: " + status.description + "\n").utf8)) }
    }
}
