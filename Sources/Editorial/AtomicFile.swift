import Foundation

/// Writes a file so that a crash at any moment leaves either the old or the new bytes, never
/// part of them: the bytes go to a temporary file beside it, which is flushed to disk (`fsync`)
/// and then renamed over the old name (`rename(2)` is atomic within a folder); last the folder is
/// flushed so the new name survives a power cut.
///
/// The temporary file is `.<name>.gemmes` beside it: the dot keeps a catalogue reader from taking
/// it for an offer, and one left by a crash is simply overwritten by the next write to the same
/// file. Writers of one file must therefore take turns (Redaktionen's `SaveLock`).
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(EditorialError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".gemmes"
        func fail(_ what: String) -> EditorialError {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return .write(path: path, reason: "\(what): \(reason)")
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw fail("kan ikke oprette en midlertidig fil") }
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
            let error = fail("kan ikke skrive")
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw fail("kan ikke lukke filen") }
        guard rename(temporary, path) == 0 else { throw fail("kan ikke give filen sit navn") }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The file's bytes, or nil when it does not exist.
    public static func read(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }
}
