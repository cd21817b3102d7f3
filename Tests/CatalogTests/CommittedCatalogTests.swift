import Foundation
import Testing
import TestSupport

/// The tests read the catalogue as it is committed (`HEAD:catalog`), never the working files, so
/// trying Redaktionen on `catalog/` or an unfinished edit there cannot make them fail.
@Suite struct CommittedCatalogTests {
    @Test func theTestsCatalogueIsACopyOfTheCommittedOne() throws {
        #expect(URL(fileURLWithPath: RepositoryPaths.catalog).standardizedFileURL.path != RepositoryPaths.root + "/catalog")
        let listed = try CommandRunner.runBlocking("/usr/bin/git", ["ls-tree", "-r", "--name-only", "HEAD", "catalog"],
                                                   workingDirectory: RepositoryPaths.root)
        let committed = listed.stdout.split(separator: "\n").map { String($0.dropFirst("catalog/".count)) }.sorted()
        let copied = try FileManager.default.subpathsOfDirectory(atPath: RepositoryPaths.catalog).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: RepositoryPaths.catalog + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
        #expect(!committed.isEmpty && copied == committed)
        for path in committed {
            let shown = try CommandRunner.runBlocking("/usr/bin/git", ["show", "HEAD:catalog/" + path], workingDirectory: RepositoryPaths.root,
                                                      binaryOutput: true)
            #expect(FileManager.default.contents(atPath: RepositoryPaths.catalog + "/" + path) == Data(shown.data), "\(path)")
        }
    }
}
