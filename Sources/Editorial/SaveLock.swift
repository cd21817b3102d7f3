import Foundation

/// One save at a time for a catalogue, across threads and processes: an exclusive `flock(2)` on
/// a lock file in the state folder, held while a save checks the version, writes, records and
/// updates the index, so two editors can never both pass the version check.
///
/// `flock` locks belong to an open file description, so each `withLock` opens the file anew and
/// two threads of one process exclude each other just as two processes do.
public struct SaveLock: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Runs body while holding the lock, waiting for it if another save holds it.
    public func withLock<T, E: Error>(_ body: () throws(E) -> T) throws -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw EditorialError.lock(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw EditorialError.lock(path: path, reason: String(cString: strerror(errno))) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

extension SaveLock {
    /// The lock file's name in the state folder.
    public static let fileName = "redaktion.lock"

    /// The save lock of the Redaktionen whose state folder is folder.
    public init(stateFolder folder: String) {
        self.init(path: folder + "/" + Self.fileName)
    }
}
