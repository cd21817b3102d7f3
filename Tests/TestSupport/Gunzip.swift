import Foundation

/// Unpacks gzip with the system's own gzip (a real, independent decoder), for tests of what the
/// server compresses.
public enum Gunzip {
    /// The unpacked bytes; nil when gzip refuses them.
    public static func bytes(_ packed: [UInt8]) -> [UInt8]? {
        let folder = TemporaryFolder("gzip")
        let file = folder.at("svar.gz")
        _ = FileManager.default.createFile(atPath: file, contents: Data(packed))
        guard let result = try? CommandRunner.runBlocking("/bin/gzip", ["-dc", file], binaryOutput: true), result.status == 0 else { return nil }
        return result.data
    }
}
