@testable import Directory
import Foundation
import TestSupport
import Testing

/// Redaktionen probed from outside over real HTTP (`Scripts/redaktion_check.py`, Python's standard
/// library): the real `tilbud serve` on a copy of the bundled catalogue that is a git work tree, a
/// real index, and a state folder whose accounts are made with the real `tilbud bruger opret`.
/// Login, roles, form tokens, conflicts, paths in ids, brute force, "Meld fejl", escaping in pages,
/// PDF and export, concurrent saves and `kill -9` in the middle of saves.
@Suite(.serialized) struct RedaktionProbeTests {
    @Test(.outsidePrograms) func everyRuleHoldsWhenProbedFromOutside() async throws {
        let work = TemporaryFolder("redaktion-proeve")
        let catalog = work.at("katalog"), index = work.at("indeks"), state = work.at("tilstand")
        _ = try await CommandRunner.run("/bin/cp", ["-R", RepositoryPaths.catalog, catalog])
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=T", "-c", "user.email=t@t", "commit", "-qm", "Katalog"]] {
            let git = try await CommandRunner.run("/usr/bin/git", arguments, workingDirectory: catalog)
            try #require(git.status == 0, "\(git.stderr)")
        }
        _ = try await OfferDirectory(catalogPath: catalog, indexPath: index).reindex()
        for (name, role, password) in [("hanne", ["--center", "center-for-aeldre-og-rehabilitering"], "hemmelig-kode-123"),
                                       ("sund", ["--center", "sundhedsplejen"], "sundhedsplejens-kode"),
                                       ("admin", ["--administrator"], "administratorens-kode")] {
            let made = try await CommandRunner.run(RepositoryPaths.tilbudBinary,
                                             ["bruger", "opret", name] + role + ["--tilstand", state, "--catalog", catalog],
                                             workingDirectory: nil, input: password + "\n")
            try #require(made.status == 0, "\(made.stderr)")
        }
        let offers = try FileManager.default.contentsOfDirectory(atPath: catalog + "/tilbud").count { $0.hasSuffix(".yaml") }
        let result = try await CommandRunner.run(BrowserTests.python, [
            BrowserTests.scripts + "/redaktion_check.py", "--tilbud", RepositoryPaths.tilbudBinary, "--catalog", catalog,
            "--index", index, "--state", state, "--work", work.path, "--offers", String(offers),
        ])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("Alle kontroller af Redaktionen bestod."))
    }
}
