import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback port bound (not listening) for as long as this holds it: connections to it are
/// refused, and the kernel hands it to no one else, so a parallel test asking for a free port
/// cannot start its server there. `release()` frees it for the caller's own server.
public final class ReservedPort: @unchecked Sendable {
    // @unchecked Sendable: `socket` is only changed by `release()`, which a test calls once from
    // the task that owns the reservation.
    public let port: Int
    private var socket: Int32

    public init() throws {
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw HTTPConnectionError(message: "ingen ledig port: \(reason)")
        }
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Lets the port go (idempotent).
    public func release() {
        guard socket >= 0 else { return }
        close(socket)
        socket = -1
    }

    deinit { release() }
}
