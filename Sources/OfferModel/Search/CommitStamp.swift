import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells cheaply whether a Xapian glass database has had a new commit: glass replaces its
/// version file `iamglass` at every commit, so its inode and change time move.
///
/// Stamped through the `current` symlink it also names the live generation, since each
/// generation has its own `iamglass` (`IndexLocation.currentRevision()`): one `stat(2)`.
public struct CommitStamp: Hashable, Sendable {
    package let device: UInt64
    package let inode: UInt64
    package let seconds: Int
    package let nanoseconds: Int

    /// The stamp of the database in the folder `path` (a symlink to one is followed).
    package init?(database path: String) {
        var info = stat()
        guard stat(path + "/iamglass", &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        seconds = Int(info.st_ctim.tv_sec)
        nanoseconds = Int(info.st_ctim.tv_nsec)
    }

    /// The stamp as text, to keep beside the index and compare with a later stamp's.
    public var token: String { "\(device):\(inode):\(seconds).\(nanoseconds)" }

    /// When the commit was made (the version file's change time), in seconds since 1970.
    public var time: Double { Double(seconds) + Double(nanoseconds) / 1e9 }
}
