import Foundation
import Testing
import TestSupport

/// The real `tilbud serve` as a service an IT department runs: settings, shutdown, logs.
@Suite(.serialized) struct ServeTests {
    static let script = RepositoryPaths.root + "/Tests/TilbudCLITests/Scripts/serve_check.py"

    static func bundledIndex() async throws -> TemporaryFolder {
        let index = TemporaryFolder("serve-indeks")
        let result = try await CommandRunner.tilbud(["index", "--catalog", RepositoryPaths.catalog, "--index", index.path])
        try #require(result.status == 0, "\(result.stderr)")
        return index
    }

    @Test func aWrongKeyOrValueStopsTheStartNamingIt() async throws {
        let folder = TemporaryFolder("indstillinger")
        let file = folder.write("tilbudsguide.conf", "port = 8080\nlog.formatt = json\n")
        let result = try await CommandRunner.run(RepositoryPaths.tilbudBinary, ["serve", "--indstillinger", file, "--indstilling", "cache=mange"],
                                           environment: ["TILBUDSGUIDE_POR": "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Serveren starter ikke: 3 indstillinger er forkerte"), "\(result.stderr)")
        #expect(result.stderr.contains("tilbudsguide.conf, linje 2: \u{201C}log.formatt\u{201D} er ikke en indstilling"))
        #expect(result.stderr.contains("--indstilling cache=mange: cache skal være et helt tal"))
        #expect(result.stderr.contains("miljøvariablen TILBUDSGUIDE_POR"))
        #expect(result.stdout.isEmpty, "the server did not start")
    }

    /// SIGTERM mid-load: no new connections, the requests in flight answered in full, exit 0.
    @Test(.outsidePrograms) func sigtermFinishesWhatIsInFlightAndExitsZero() async throws {
        let index = try await Self.bundledIndex()
        let result = try await CommandRunner.run("/usr/bin/python3", [Self.script, "shutdown", "--tilbud", RepositoryPaths.tilbudBinary,
                                                                 "--index", index.path])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("\"exit\": 0"))
        #expect(result.stdout.contains("\"failed\": 0"))
    }

    /// Staff type citizens' situations: a marker asked for on every route, at log level trace in
    /// both formats, is in nothing the server writes.
    @Test(.outsidePrograms) func searchTextIsInNoLogOutput() async throws {
        let index = try await Self.bundledIndex()
        let result = try await CommandRunner.run("/usr/bin/python3", [Self.script, "privacy", "--tilbud", RepositoryPaths.tilbudBinary,
                                                                 "--index", index.path, "--marker", "Enkemand0101451234"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("json: 26 linjer om forespørgsler af 26, 0 med søgeteksten"), "\(result.stdout)")
    }
}
