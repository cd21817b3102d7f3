import Catalog
@testable import Directory
import Foundation
import TestSupport
import Testing

/// Shared pieces for the export tests: the bundled catalogue, copies of it, and the Python validators.
enum ExportFixture {
    /// The official HSDS 3.0 schemas: `../shared/schemas/hsds-3.0` beside the repository.
    static var hsdsSchemas: String {
        URL(fileURLWithPath: RepositoryPaths.root).deletingLastPathComponent()
            .appendingPathComponent("shared/schemas/hsds-3.0").standardizedFileURL.path
    }

    /// The bundled catalogue, loaded.
    static func bundledCatalog() throws -> Catalog {
        try CatalogLoader().load(path: RepositoryPaths.catalog)
    }

    /// A directory over the bundled catalogue (exports need no index).
    static func bundledDirectory() -> OfferDirectory {
        OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: "/nonexistent-index")
    }

    /// A private copy of the bundled catalogue, for tests that edit it.
    static func copyOfBundledCatalog() throws -> TemporaryFolder {
        let folder = TemporaryFolder("katalog-kopi")
        try FileManager.default.removeItem(atPath: folder.path)
        try FileManager.default.copyItem(atPath: RepositoryPaths.catalog, toPath: folder.path)
        return folder
    }

    /// Runs `Validators/<script>` with the test Python: `TILBUD_PYTHON` if set, else `python3`.
    /// A validator that cannot run (exit 3) is a failure with its own message, never a skip.
    static func validate(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> CommandResult {
        let environment = ProcessInfo.processInfo.environment
        let python = environment["TILBUD_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? CommandRunner.which("python3")
        guard let python else {
            Issue.record("Ingen Python: sæt TILBUD_PYTHON eller installér python3.", sourceLocation: sourceLocation)
            throw ValidatorUnavailable()
        }
        let path = RepositoryPaths.root + "/Tests/ExportTests/Validators/" + script
        let result = try await CommandRunner.run(python, [path] + arguments)
        if result.status == 3 {
            Issue.record("\(script) kunne ikke køre med \(python): \(result.stdout)\(result.stderr)", sourceLocation: sourceLocation)
            throw ValidatorUnavailable()
        }
        return result
    }

    struct ValidatorUnavailable: Error {}

    /// Every file below `folder` (recursively) with its text.
    static func texts(in folder: String) -> [(path: String, text: String)] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [(path: String, text: String)] = []
        while let name = walker.nextObject() as? String {
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                  let data = FileManager.default.contents(atPath: path) else { continue }
            files.append((name, String(decoding: data, as: UTF8.self)))
        }
        return files.sorted { $0.path < $1.path }
    }
}
