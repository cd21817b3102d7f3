import Foundation
import OfferModel
#if canImport(Glibc)
import Glibc
#endif

/// Where an index lives and how a new one replaces the old without a moment of no index.
///
/// ```
/// index/
///   current -> gen-1764000000123456   (symlink: the live database)
///   gen-1764000000123456/             (Xapian glass database)
///   gen-1763999999000001/             (the previous one, kept one round for running readers)
///   .bygger-<pid>-<time>/             (a build in progress; removed if it never finishes)
///   .lock                             (held by the one writer)
/// ```
/// A build writes into a fresh `.bygger-*` folder, renames it to `gen-*` when complete and
/// then swaps `current` with one `rename(2)`, which is atomic. A crash or `kill -9` at any
/// point leaves `current` pointing at the old, complete database.
public struct IndexLocation: Sendable, Hashable {
    public let directory: String

    public init(directory: String) {
        self.directory = URL(fileURLWithPath: directory).standardizedFileURL.path
    }

    var currentLink: String { directory + "/current" }

    /// The live database's folder, or nil if no index has been published here.
    public func currentDatabase() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink(currentLink, &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return target.hasPrefix("/") ? target : directory + "/" + target
    }

    /// Identifies the live index's current content: its generation and its last commit. Changes
    /// with every full build and every in-place update; nil if no index is published. One
    /// `stat(2)` through the `current` symlink, cheap enough for every web request.
    public func currentRevision() -> CommitStamp? {
        CommitStamp(database: currentLink)
    }

    /// Runs body while holding the writer lock; fails at once if another writer has it.
    func withWriterLock<T>(_ body: () throws(IndexError) -> T) throws(IndexError) -> T {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory, reason: error.localizedDescription)
        }
        let fd = open(directory + "/.lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: directory + "/.lock", reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw .locked(path: directory) }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// A new, empty folder for a build.
    func newBuildFolder() throws(IndexError) -> String {
        let path = directory + "/.bygger-\(getpid())-\(Self.stamp())"
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw .io(path: path, reason: error.localizedDescription)
        }
        return path
    }

    /// Makes a finished build the live index, then removes all but it and the previous one.
    func publish(buildFolder: String) throws(IndexError) {
        let name = "gen-\(Self.stamp())"
        let previous = currentDatabase().map { URL(fileURLWithPath: $0).lastPathComponent }
        try rename(buildFolder, directory + "/" + name)
        let temporaryLink = directory + "/.current-\(getpid())"
        unlink(temporaryLink)
        guard symlink(name, temporaryLink) == 0 else {
            throw .io(path: temporaryLink, reason: String(cString: strerror(errno)))
        }
        try rename(temporaryLink, currentLink)
        removeStale(keeping: [name, previous].compactMap { $0 })
    }

    /// Removes what builds killed before they finished left behind (the caller holds the lock).
    func removeUnfinishedBuilds() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(".bygger-") {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }

    /// Removes old generations and builds that never finished (the caller holds the lock).
    func removeStale(keeping: [String]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where (name.hasPrefix("gen-") || name.hasPrefix(".bygger-")) && !keeping.contains(name) {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }

    private func rename(_ from: String, _ to: String) throws(IndexError) {
        guard Glibc.rename(from, to) == 0 else {
            throw .io(path: to, reason: String(cString: strerror(errno)))
        }
    }

    /// Microseconds since 1970: unique and sortable names.
    private static func stamp() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return String(Int(time.tv_sec) * 1_000_000 + Int(time.tv_nsec) / 1000)
    }
}
