import Foundation

/// Where things are in the checkout, found from this file's own path.
public enum RepositoryPaths {
    /// The repository root (the folder with Package.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift ikke fundet over \(#filePath)")
    }()

    /// The bundled catalogue.
    public static var catalog: String { root + "/catalog" }

    /// The built `tilbud` executable beside the running test bundle (the same build folder).
    public static var tilbudBinary: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("tilbud").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return root + "/.build/debug/tilbud"
    }
}
