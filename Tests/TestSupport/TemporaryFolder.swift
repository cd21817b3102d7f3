import Foundation

/// A fresh folder under the system's temporary directory, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    // @unchecked Sendable: `path` is immutable; the folder is only removed in deinit.
    public let path: String

    public init(_ label: String = "tilbud") {
        let name = "\(label)-\(UUID().uuidString.prefix(8))"
        path = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// `path/relative`.
    public func at(_ relative: String) -> String { path + "/" + relative }

    /// Writes text to `relative`, creating folders as needed.
    @discardableResult
    public func write(_ relative: String, _ text: String) -> String {
        let file = at(relative)
        try! FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    public func remove(_ relative: String) {
        try? FileManager.default.removeItem(atPath: at(relative))
    }
}
