/// How long a search waits for the model (`ModelService.vector(for:policy:)`).
public struct ModelPolicy: Sendable, Hashable {
    /// Whether a search waits while the model loads (a command) or answers lexically meanwhile
    /// (the server, which loads it in the background at start-up).
    public var waitsForLoad: Bool
    /// How long a search waits for its text's embedding to *start*; nil: as long as it takes.
    public var budget: Duration?
    /// How long a search waits for its vector in all, started or not; nil: as long as it takes.
    /// A call that runs longer (a machine busy with other work slowed one to seconds) still ends
    /// in the background, and its vector is kept for next time.
    public var patience: Duration?

    public init(waitsForLoad: Bool, budget: Duration?, patience: Duration? = nil) {
        self.waitsForLoad = waitsForLoad
        self.budget = budget
        self.patience = patience
    }

    /// One search, whole: waits for the load and the embedding (`tilbud search`, tests).
    public static let complete = ModelPolicy(waitsForLoad: true, budget: nil)

    /// The server: never waits for a load, a text whose embedding cannot start within `budget`
    /// is answered lexically, and so is one whose vector is not there within twice that.
    public static func server(budget: Duration = serverBudget) -> ModelPolicy {
        ModelPolicy(waitsForLoad: false, budget: budget, patience: budget * 2)
    }

    /// The server's budget unless its settings say otherwise (`semantik.frist`); see
    /// docs/ydelse.md, "Sprogmodellen under belastning".
    public static let serverBudget: Duration = .milliseconds(50)
}

/// What a search gets from the model for its text.
public enum QueryEmbedding: Sendable {
    /// The text's vector.
    case vector([Float])
    /// The model is loading (in the background); the search is lexical meanwhile.
    case loading
    /// The text's embedding could not start within the search's budget. It goes on in the
    /// background, so that the same text finds its vector in memory next time.
    case late
    /// No vector: the model is switched off, missing or failing (the error says which).
    case failed(EmbeddingError)
}

/// The model as it is now (`ModelService.state`).
public enum ModelState: Sendable {
    case loading
    case ready(any TextEmbedder)
    case failed(EmbeddingError)
}

/// What the model service has done since the process started, and what it is doing now.
public struct ModelCounts: Sendable, Hashable {
    /// Search texts embedded, and the engine calls that embedded them.
    public var texts = 0
    public var batches = 0
    /// Searches answered lexically because their text's embedding could not start in time.
    public var late = 0
    /// Texts in the engine now, and texts waiting to start.
    public var inFlight = 0
    public var waiting = 0
    /// Loads tried (the first, and each retry after a failure).
    public var loads = 0
}
