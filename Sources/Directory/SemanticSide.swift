import Foundation
internal import OfferIndex
import OfferModel
import Synchronization
internal import TextEmbedding

/// Whether semantic search works, as `/healthz`, `tilbud search --json` and the log say it.
public struct SemanticStatus: Sendable, Hashable, Encodable {
    public enum State: String, Sendable, Hashable, Encodable {
        /// Model loaded, and the live index has vectors of the same model.
        case ready = "klar"
        /// Switched off by configuration: search is lexical.
        case off = "slaaet-fra"
        /// Wanted but not possible (no model, or an index without matching vectors): search is lexical.
        case unavailable = "utilgaengelig"
        /// The model is loading (the server loads it in the background at start-up): search is
        /// lexical meanwhile.
        case loading = "indlaeser"
        /// The model is ready, but this search's text could not start its embedding within the
        /// server's time budget: this answer is lexical; the text is embedded in the background.
        case busy = "optaget"
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

/// The model side of `OfferDirectory`: the process's `ModelService` for its configuration (one
/// loaded model, one query-vector cache), asked as the directory's `ModelPolicy` says, and the
/// one place that says on standard error, once, when search must fall back to lexical. Never
/// logs or stores a query text.
final class SemanticSide: Sendable {
    let configuration: EmbedderConfiguration
    let policy: ModelPolicy
    let service: ModelService
    private let announced = Mutex<Set<String>>([])

    init(configuration: EmbedderConfiguration, policy: ModelPolicy) {
        self.configuration = configuration
        self.policy = policy
        service = ModelService.shared(for: configuration)
    }

    /// The embedder, waiting for the load (an index build).
    func embedder() -> Result<any TextEmbedder, EmbeddingError> {
        service.embedder()
    }

    /// What the query's vector is when it needs no model call and no wait: the vector in memory,
    /// or why there is none for as long as the model's state (`ModelService.epoch`) stays: off,
    /// failed, loading (when searches do not wait for the load). Nil when the model is to be asked.
    func vectorAtOnce(for text: String) -> QueryEmbedding? {
        let text = Self.cut(text)
        if let known = service.cachedVector(text) { return .vector(known) }
        switch service.state() {
        case .loading: return policy.waitsForLoad ? nil : .loading
        case let .failed(error): return .failed(error)
        case .ready: return nil
        }
    }

    /// The query's vector, waiting for the load and the model as long as it takes (a command).
    func vector(for text: String) -> QueryEmbedding {
        switch service.vector(for: Self.cut(text)) {
        case let .success(vector): return .vector(vector)
        case let .failure(error): return .failed(error)
        }
    }

    /// The query's vector as the policy lets a search wait; no thread is held meanwhile.
    func vector(for text: String) async -> QueryEmbedding {
        await service.vector(for: Self.cut(text), policy: policy)
    }

    /// The vector with the identity of the model that made it (nil unless `found` is a vector).
    func queryVector(_ found: QueryEmbedding?) -> QueryVector? {
        guard case let .vector(values)? = found, let identity = service.identity else { return nil }
        return QueryVector(values: values, identity: identity)
    }

    private static func cut(_ text: String) -> String {
        String(text.prefix(SearchRequest.maxTextLength))
    }

    /// The status against an index whose vectors were made by `indexModel` ("" none, nil: no
    /// index), as the model is now; never waits (a load is asked for in the background).
    func status(indexModel: String?) -> SemanticStatus {
        switch service.state() {
        case .loading:
            return SemanticStatus(state: .loading, model: nil, description: "Sprogmodellen indlæses. Søgningen er leksikalsk imens.")
        case .failed(.switchedOff):
            return SemanticStatus(state: .off, model: nil, description: EmbeddingError.switchedOff.description + " Søgningen er leksikalsk.")
        case let .failed(error):
            return SemanticStatus(state: .unavailable, model: nil, description: error.description + " Søgningen er leksikalsk.")
        case let .ready(embedder):
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

    /// Why a search that wanted the model is lexical, given what it got (`found`).
    func status(of found: QueryEmbedding?, indexModel: String?) -> SemanticStatus {
        switch found {
        case .loading?:
            return SemanticStatus(state: .loading, model: nil, description: "Sprogmodellen indlæses. Søgningen er leksikalsk imens.")
        case .late?:
            return SemanticStatus(state: .busy, model: nil,
                                  description: "Sprogmodellen havde for travlt til denne søgning, så svaret er leksikalsk. Søg igen om lidt for det fulde svar.")
        case let .failed(error)? where error != .switchedOff:
            return SemanticStatus(state: .unavailable, model: nil, description: error.description + " Søgningen er leksikalsk.")
        default:
            return status(indexModel: indexModel)
        }
    }

    /// Writes status to standard error the first time this process sees it (not when ready,
    /// off, loading or busy: those pass by themselves).
    func announce(_ status: SemanticStatus) {
        guard status.state == .unavailable else { return }
        let first = announced.withLock { $0.insert(status.description).inserted }
        if first { FileHandle.standardError.write(Data(("tilbud: " + status.description + "\n").utf8)) }
    }
}

/// What the language model has done since the process started and is doing now (`/metrics`).
public struct SemanticActivity: Sendable, Hashable {
    /// Search texts embedded, and the engine calls that embedded them (batches).
    public var texts: Int
    public var batches: Int
    /// Searches answered lexically because their embedding could not start within the budget.
    public var late: Int
    /// Texts in the engine now, and texts waiting to start.
    public var inFlight: Int
    public var waiting: Int

    init(_ counts: ModelCounts) {
        texts = counts.texts
        batches = counts.batches
        late = counts.late
        inFlight = counts.inFlight
        waiting = counts.waiting
    }
}
