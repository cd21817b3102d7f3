import Foundation
import Testing
import TestSupport

/// schemathesis against the real server: every operation of `/openapi.json` called with
/// generated valid and invalid requests; each answer must fit the spec, every invalid request
/// must be refused, and nothing may be a server error.
@Suite struct OpenAPIConformanceTests {
    @Test(.outsidePrograms) func schemathesisFindsNothing() async throws {
        let index = TemporaryFolder("schemathesis")
        _ = try await CommandRunner.tilbud(["index", "--catalog", RepositoryPaths.catalog, "--index", index.path])
        let (server, address) = try ServerProcess.start(index: index.path)
        defer { server.terminate(); server.waitUntilExit() }
        // schemathesis keeps a cache in its working folder: a temporary one, not the checkout.
        let work = TemporaryFolder("schemathesis-arbejde")
        let result = try await CommandRunner.run(try OutsideCheckers.program("schemathesis"), [
            "--config-file", BrowserTests.scripts + "/schemathesis.toml",
            "run", address + "/openapi.json", "--url", address, "--checks", "all", "--max-examples", "200", "--no-color",
        ], workingDirectory: work.path)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("Selected: 3/3"), "\(result.stdout)")
        #expect(!result.stdout.contains("failed"), "\(result.stdout)")
    }
}
