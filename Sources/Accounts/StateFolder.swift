import Foundation

/// The folder where Redaktionen keeps what must never go into git or the index: the accounts,
/// the sessions and the key that signs form tokens. Git-ignored (`.tilstand/` at the repository
/// root by default), readable by its owner only.
public struct StateFolder: Sendable {
    /// Relative to the working folder, like `catalog` and `index`.
    public static let defaultPath = ".tilstand"
    /// The file holding the key that signs form tokens.
    static let keyFile = "formularnoegle"

    public let path: String

    /// Opens the folder at path, creating it (mode 0700) if needed. Refuses a folder inside any of
    /// `outside` (the catalogue and the index folders).
    public init(path: String = defaultPath, outside: [String] = []) throws(AccountsError) {
        let absolute = Self.absolute(path)
        for folder in outside where !folder.isEmpty {
            let other = Self.absolute(folder)
            if absolute == other || absolute.hasPrefix(other.hasSuffix("/") ? other : other + "/") {
                throw .stateFolderInside(path: path, folder: folder)
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .stateFolder(path: path, reason: error.localizedDescription)
        }
        self.path = path
    }

    /// path/name.
    public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// The 32-byte key that signs form tokens, made at random on first use and kept (mode 0600),
    /// so tokens stay valid across a restart. Two servers starting at once agree on one key.
    public func signingKey() throws(AccountsError) -> [UInt8] {
        let target = file(Self.keyFile)
        if let existing = FileManager.default.contents(atPath: target), existing.count == 32 { return [UInt8](existing) }
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max) }
        let temporary = file(".\(Self.keyFile).\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary, contents: Data(key), attributes: [.posixPermissions: 0o600]) else {
            throw .stateFolder(path: path, reason: "nøglefilen kunne ikke skrives")
        }
        defer { unlink(temporary) }
        // link() never replaces: if another process was first, its key is the one kept.
        if link(temporary, target) != 0 && errno != EEXIST {
            throw .stateFolder(path: path, reason: String(cString: strerror(errno)))
        }
        guard let kept = FileManager.default.contents(atPath: target), kept.count == 32 else {
            throw .stateFolder(path: path, reason: "nøglefilen \(Self.keyFile) er beskadiget; slet den, så laves en ny")
        }
        return [UInt8](kept)
    }

    static func absolute(_ path: String) -> String {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        return url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
