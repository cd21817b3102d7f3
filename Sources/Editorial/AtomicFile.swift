import Foundation

/// Writes a file so that a crash at any moment leaves either the old or the new bytes, never
/// part of them: the bytes go to a temporary file beside it, which is flushed to disk (`fsync`)
/// and then renamed over the old name (`rename(2)` is atomic within a folder); last the folder is
/// flushed so the new name survives a power cut.
///
/// The temporary file is `.<name>.gemmes` beside it: the dot keeps a catalogue reader from taking
/// it for an offer, and one left by a crash is simply overwritten by the next write to the same
/// file. Writers of one file must therefore take turns (Redaktionen's `SaveLock`).
///
/// The two halves can also be taken one at a time (`stage`, then `StagedFile.install`), so a
/// change can be recorded between them: before the new bytes are in place, after they are whole.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(EditorialError) {
        try stage(data, for: path).install()
    }

    /// Writes data beside path and flushes it to disk, leaving path as it is: the first half of a
    /// write. Throws (and leaves nothing behind) when the bytes cannot be written.
    public static func stage(_ data: Data, for path: String) throws(EditorialError) -> StagedFile {
        let staged = StagedFile(path: path)
        let temporary = staged.temporary
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw staged.failure("kan ikke oprette en midlertidig fil") }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 { if errno == EINTR { continue } else { return false } }
                offset += count
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else {
            let error = staged.failure("kan ikke skrive")
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw staged.failure("kan ikke lukke filen") }
        return staged
    }

    /// The temporary file a write of path goes through.
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".gemmes"
    }

    /// The file's bytes, or nil when it does not exist.
    public static func read(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }
}

/// New bytes for a file, whole and flushed beside it (`AtomicFile.stage`), not yet in its place.
public struct StagedFile: Sendable {
    /// The file the bytes are for.
    public let path: String
    /// Where they are now.
    public let temporary: String

    init(path: String) {
        self.path = path
        temporary = AtomicFile.temporaryPath(for: path)
    }

    /// Renames the bytes over path (atomic within a folder) and flushes the folder, so the new
    /// name survives a power cut.
    public func install() throws(EditorialError) {
        guard rename(temporary, path) == 0 else { throw failure("kan ikke give filen sit navn") }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Throws the bytes away; path is left as it was.
    public func discard() {
        unlink(temporary)
    }

    /// The error for what failed (with the system's reason), after removing the temporary file.
    func failure(_ what: String) -> EditorialError {
        let reason = String(cString: strerror(errno))
        unlink(temporary)
        return .write(path: path, reason: "\(what): \(reason)")
    }
}
