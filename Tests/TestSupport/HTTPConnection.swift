import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 connection over a plain loopback socket, kept open between requests
/// (keep-alive), for tests that must say which requests share a connection and when each is sent.
///
/// The socket calls block, so each waits on a thread of its own (as `CommandRunner` does), never
/// on one of Swift concurrency's, which also run the in-process servers the tests talk to.
/// `@unchecked Sendable`: one request at a time uses a connection (a test awaits each answer
/// before it sends the next); the buffer is only touched by that request's thread.
public final class HTTPConnection: @unchecked Sendable {
    /// A whole response: status, headers (names in lower case) and body.
    public struct Response: Sendable {
        public let status: Int
        public let headers: [String: String]
        public let body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
        public var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] }
    }

    private let socket: Int32
    private var buffer: [UInt8] = []
    /// Long enough for any answer on a loaded machine; only there so a broken server fails the test.
    static let patience = 120

    private init(socket: Int32) {
        self.socket = socket
    }

    deinit { close(socket) }

    /// Opens a connection to 127.0.0.1:port.
    public static func open(port: Int) async throws -> HTTPConnection {
        try await offThePool { try HTTPConnection(connectingTo: port) }
    }

    private convenience init(connectingTo port: Int) throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HTTPConnectionError(message: "socket: \(String(cString: strerror(errno)))") }
        var wait = timeval(tv_sec: Self.patience, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw HTTPConnectionError(message: "ingen forbindelse til port \(port): \(String(cString: strerror(errno)))")
        }
        self.init(socket: fd)
    }

    /// Sends one GET (or method) for path and waits for the whole answer.
    public func get(_ path: String, method: String = "GET", headers: [String: String] = [:]) async throws -> Response {
        try await Self.offThePool { [self] in
            var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            try write(Array((head + "\r\n").utf8))
            return try readResponse(method: method)
        }
    }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw HTTPConnectionError(message: "afsendelse fejlede: \(String(cString: strerror(errno)))") }
            sent += count
        }
    }

    /// Reads until `count` bytes are buffered; false when the server closed first.
    private func fill(_ count: Int) throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while buffer.count < count {
            let read = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if read == 0 { return false }
            guard read > 0 else { throw HTTPConnectionError(message: "intet svar: \(String(cString: strerror(errno)))") }
            buffer += chunk[..<read]
        }
        return true
    }

    private func line() throws -> String {
        while true {
            if let end = buffer.firstRange(of: [13, 10]) {
                let text = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<end.upperBound)
                return text
            }
            guard try fill(buffer.count + 1) else { throw HTTPConnectionError(message: "forbindelsen blev lukket midt i et svar") }
        }
    }

    private func take(_ count: Int) throws -> [UInt8] {
        guard try fill(count) else { throw HTTPConnectionError(message: "forbindelsen blev lukket midt i et svar") }
        let bytes = Array(buffer[..<count])
        buffer.removeSubrange(..<count)
        return bytes
    }

    private func readResponse(method: String) throws -> Response {
        let status = try line()
        let parts = status.split(separator: " ")
        guard parts.count >= 2, let code = Int(parts[1]) else { throw HTTPConnectionError(message: "ikke et HTTP-svar: \(status)") }
        var headers: [String: String] = [:]
        while true {
            let header = try line()
            if header.isEmpty { break }
            guard let colon = header.firstIndex(of: ":") else { continue }
            headers[header[..<colon].lowercased()] = header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body: [UInt8] = []
        if method == "HEAD" || code == 204 || code == 304 {
        } else if headers["transfer-encoding"]?.lowercased() == "chunked" {
            while let size = Int(try line(), radix: 16), size > 0 {
                body += try take(size)
                _ = try line()
            }
            _ = try line()
        } else if let length = headers["content-length"].flatMap({ Int($0) }) {
            body = try take(length)
        }
        return Response(status: code, headers: headers, body: body)
    }

    /// Runs body on a thread of its own and waits for it without holding a thread of the pool.
    static func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}

public struct HTTPConnectionError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
