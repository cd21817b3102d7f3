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

    /// The bundled catalogue as committed (`HEAD:catalog`), copied once per test run into a
    /// temporary folder (removed at exit). Tests never read the working files: trying Redaktionen
    /// or an edit in progress may have changed them. Outside a git checkout, the folder itself.
    public static let catalog: String = {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("katalog-HEAD-\(UUID().uuidString.prefix(8))").path
        try? FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        let extracted = try? CommandRunner.runBlocking("/bin/sh", ["-c", #"git -C "$1" archive --format=tar HEAD catalog | tar -x -C "$2""#,
                                                                  "sh", root, copy])
        guard extracted?.status == 0, FileManager.default.fileExists(atPath: copy + "/catalog/kommune.yaml") else {
            try? FileManager.default.removeItem(atPath: copy)
            return root + "/catalog"
        }
        committedCopy = copy
        atexit { if let copy = RepositoryPaths.committedCopy { try? FileManager.default.removeItem(atPath: copy) } }
        return copy + "/catalog"
    }()

    /// The folder `catalog` was extracted into, removed when the test process ends.
    nonisolated(unsafe) static var committedCopy: String?

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
