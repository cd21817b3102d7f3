import Foundation

/// One file of an export: a path relative to the output folder and its bytes.
///
/// Exporters only build files; `write(_:into:)` is the one place that touches the disk.
public struct ExportFile: Sendable, Hashable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }

    public var text: String { String(decoding: data, as: UTF8.self) }

    /// Writes every file below `folder`, creating folders as needed; files already there are replaced.
    public static func write(_ files: [ExportFile], into folder: String) throws(ExportError) {
        let root = URL(fileURLWithPath: folder)
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .atomic)
            } catch {
                throw .unwritable(path: url.path, reason: error.localizedDescription)
            }
        }
    }

    /// JSON the way every export writes it: indented, keys sorted (stable diffs), slashes unescaped.
    static func json(_ path: String, _ value: some Encodable) throws(ExportError) -> ExportFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(value)
            data.append(UInt8(ascii: "\n"))
            return ExportFile(path: path, data: data)
        } catch {
            throw .encoding("\(path): \(error)")
        }
    }
}
