import Editorial
import Foundation
import TestSupport
import Testing

@Suite struct GitWorkTreeTests {
    /// A repository with the catalogue as a subfolder, as this project's own checkout is.
    static func repository() async throws -> TemporaryFolder {
        let root = TemporaryFolder("git-rod")
        root.write("README.md", "Et projekt\n")
        root.write("catalog/tilbud/rygestop.yaml", "navn: Rygestop\n")
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=T", "-c", "user.email=t@t", "commit", "-qm", "start"]] {
            _ = try await CommandRunner.run("/usr/bin/git", arguments, workingDirectory: root.path)
        }
        return root
    }

    /// The same place named from the process's working folder, as `scripts/run` names the
    /// catalogue (`--catalog catalog`).
    static func relative(_ absolute: String) -> String {
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        return String(repeating: "../", count: depth) + absolute.dropFirst()
    }

    @Test(arguments: [false, true])
    func commitsTheSavedFileWithTheEditorAsAuthor(relativePaths: Bool) async throws {
        let root = try await Self.repository()
        let catalog = root.at("catalog"), file = root.at("catalog/tilbud/rygestop.yaml")
        root.write("catalog/tilbud/rygestop.yaml", "navn: Rygestop\npris: Gratis\n")
        let tree = try #require(GitWorkTree(around: relativePaths ? Self.relative(catalog) : catalog))
        let commit = try tree.commit(file: relativePaths ? Self.relative(file) : file, author: "Hanne Sund", message: "Redaktionen: pris")
        let log = try await CommandRunner.run("/usr/bin/git", ["log", "-1", "--format=%H|%an|%ae|%s", "--name-only"], workingDirectory: root.path)
        #expect(log.stdout.hasPrefix("\(commit)|Hanne Sund|hanne-sund@redaktionen.invalid|Redaktionen: pris"), "\(log.stdout)")
        #expect(log.stdout.contains("catalog/tilbud/rygestop.yaml"))
        let status = try await CommandRunner.run("/usr/bin/git", ["status", "--porcelain"], workingDirectory: root.path)
        #expect(status.stdout.isEmpty, "\(status.stdout)")
    }

    @Test func onlyTheSavedFileIsCommitted() async throws {
        let root = try await Self.repository()
        root.write("README.md", "Ændret i hånden\n")
        root.write("catalog/tilbud/rygestop.yaml", "navn: Rygestop\npris: Gratis\n")
        let tree = try #require(GitWorkTree(around: root.at("catalog")))
        try tree.commit(file: root.at("catalog/tilbud/rygestop.yaml"), author: "Hanne", message: "pris")
        let status = try await CommandRunner.run("/usr/bin/git", ["status", "--porcelain"], workingDirectory: root.path)
        #expect(status.stdout == " M README.md\n", "\(status.stdout)")
    }

    @Test func aFolderOutsideGitIsNoWorkTree() {
        let folder = TemporaryFolder("uden-git")
        #expect(FileManager.default.fileExists(atPath: folder.path))
        #expect(GitWorkTree(around: folder.path) == nil)
    }

    @Test func aRefusedCommitSaysSoInDanishAndThatTheFileStands() async throws {
        let root = try await Self.repository()
        let tree = try #require(GitWorkTree(around: root.at("catalog")))
        #expect(throws: EditorialError.self) { try tree.commit(file: root.at("catalog/tilbud/findes-ikke.yaml"), author: "Hanne", message: "x") }
        do { try tree.commit(file: root.at("catalog/tilbud/findes-ikke.yaml"), author: "Hanne", message: "x") } catch {
            #expect(error.description.hasPrefix("git tog ikke ") && !error.description.contains("Intet er ændret"), "\(error)")
        }
    }
}
