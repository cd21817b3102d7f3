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

    /// The model is a service beside the server, never in its way. While the embeddings endpoint
    /// hangs (its process stopped), searches are answered lexically within the server's patience
    /// and say so, never kept by the answer cache, and `/healthz` answers, all while the model's
    /// calls are still in flight. When the endpoint goes on, the texts embedded meanwhile answer
    /// the same searches in full. Asserts what happens in which order, not how long it takes.
    @Test(.outsidePrograms) func healthAndSearchesDoNotWaitBehindTheModel() async throws {
        try #require(EmbeddingServer.isInstalled, "scripts/install-model er ikke kørt")
        let endpoint = try EmbeddingServer()
        let index = try await Self.bundledIndex()
        let state = TemporaryFolder("serve-tilstand")
        let (server, url) = try ServerProcess.start(index: index.path, arguments: ["--model", endpoint.address, "--tilstand", state.path])
        defer { server.terminate(); server.waitUntilExit() }
        let port = try #require(Int(url.split(separator: ":").last ?? ""))
        let control = try await HTTPConnection.open(port: port)
        #expect(try await Self.waitForModelLoaded(control), "the model loads in the background at start-up")
        // The first sight of a text may miss the 50 ms budget on a machine busy with the parallel
        // suite (answered lexically, embedded in the background); the same search again is whole.
        var warm: [String: Any] = [:]
        for _ in 0..<50 {
            warm = try #require(try await control.get("/api/search?q=rygestop+hjaelp").json)
            if warm["rangering"] as? String == "hybrid" { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(warm["rangering"] as? String == "hybrid", "\(warm["semantik"] ?? "")")

        endpoint.pause()
        let searches = ["/api/search?q=far+er+begyndt+at+glemme+ting", "/api/search?q=ensom+efter+at+min+kone+d%C3%B8de"]
        for search in searches {
            let late = try await control.get(search)
            #expect(late.headers["tilbudsguide-svar"] == "foreloebigt", "an answer for now, never kept")
            let body = try #require(late.json)
            #expect(body["rangering"] as? String == "leksikalsk")
            #expect((body["semantik"] as? [String: Any])?["status"] as? String == "optaget", "\(body)")
        }
        #expect(try await Self.waitForModel(control) { $0 >= 1 }, "the model's calls hang")
        let health = try await control.get("/healthz")
        #expect(health.status == 200, "\(health.text)")
        #expect(try await Self.waitForModel(control) { $0 >= 1 }, "still in flight after /healthz answered")

        endpoint.resume()
        for search in searches {
            var again: [String: Any]?
            for _ in 0..<600 where again?["rangering"] as? String != "hybrid" {
                again = try await control.get(search).json
                if again?["rangering"] as? String != "hybrid" { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(again?["rangering"] as? String == "hybrid", "the text embedded in the background answers in full")
        }
    }

    /// Asks `/healthz` until it says the model is loaded (true), or gives up after a generous while.
    static func waitForModelLoaded(_ connection: HTTPConnection) async throws -> Bool {
        for _ in 0..<600 {
            let checks = try await connection.get("/healthz").json?["afhaengigheder"] as? [[String: Any]] ?? []
            if checks.contains(where: { $0["navn"] as? String == "sprogmodel" && $0["tilstand"] as? String == "ok" }) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    /// Asks `/metrics` until the number of texts in the model's engine passes `test` (true), or
    /// gives up after a generous while (false).
    static func waitForModel(_ connection: HTTPConnection, inFlight test: (Int) -> Bool) async throws -> Bool {
        for _ in 0..<600 {
            let metrics = try await connection.get("/metrics").text
            let line = metrics.split(separator: "\n").first { $0.hasPrefix("tilbudsguide_model_in_flight ") }
            if let count = line.flatMap({ Int($0.split(separator: " ").last ?? "") }), test(count) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }
}
