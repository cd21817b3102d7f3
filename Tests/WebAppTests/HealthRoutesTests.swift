@testable import Directory
import Foundation
import Hummingbird
import TestSupport
import Testing
import TextEmbedding
@testable import WebApp

/// `/healthz` for load balancers, `/metrics` for Prometheus.
@Suite struct HealthRoutesTests {
    @Test func healthSaysWhichIndexHowOldAndHowManyOffers() async throws {
        let site = TestSite.bundled
        let page = try await site.get("/healthz")
        #expect(page.status == .ok)
        let body = try #require(page.json as? [String: Any])
        #expect(body["status"] as? String == "ok")
        let index = try #require(body["indeks"] as? [String: Any])
        let status = try #require(try await site.directory.indexStatus())
        #expect(index["revision"] as? String == status.revision)
        #expect((index["revision"] as? String)?.hasPrefix("gen-") == true)
        #expect(index["tilbud"] as? Int == status.offers && status.offers > 40)
        #expect((index["alder_sekunder"] as? Int ?? -1) >= 0)
        let dependencies = try #require(body["afhaengigheder"] as? [[String: Any]])
        #expect(dependencies.map { $0["navn"] as? String } == ["indeks", "sprogmodel"])
        #expect(dependencies.first?["tilstand"] as? String == "ok")
        // The model is not required: without it search answers lexically, so health stays 200.
        let model = try #require(dependencies.last)
        #expect(model["noedvendig"] as? Bool == false)
        let state = site.directory.semanticStatus.state
        #expect(model["tilstand"] as? String == (state == .unavailable ? "nedsat" : "ok"), "\(model)")
        // A loaded model says how its engine runs here, for whoever reads the figures.
        if state == .ready { #expect((model["besked"] as? String)?.contains("kerne: ") == true, "\(model)") }
    }

    @Test func aMissingModelMakesHealthDegradedNotFailing() async throws {
        let folder = TemporaryFolder("uden-model")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: folder.path,
                                       semantic: .package(folder: folder.at("ingen-model")))
        _ = try await directory.reindex()
        // The model loads (and here fails) in the background: `indlaeser` until the failure is known.
        let site = TestSite(folder: folder, directory: directory)
        var page = try await site.get("/healthz")
        var model: [String: Any] = [:]
        for _ in 0..<400 {
            page = try await site.get("/healthz")
            model = ((page.json as? [String: Any])?["afhaengigheder"] as? [[String: Any]])?.last ?? [:]
            if model["tilstand"] as? String != "indlaeser" { break }
            try await Task.sleep(for: .milliseconds(25))
        }
        #expect(page.status == .ok)
        #expect(model["navn"] as? String == "sprogmodel" && model["tilstand"] as? String == "nedsat", "\(model)")
        #expect((model["besked"] as? String)?.isEmpty == false)
    }

    @Test func withoutAnIndexHealthIs503() async throws {
        let page = try await TestSite.withoutIndex().get("/healthz")
        #expect(page.status == .serviceUnavailable)
        let body = try #require(page.json as? [String: Any])
        #expect(body["status"] as? String == "fejl")
        #expect(body["indeks"] is NSNull)
        let dependencies = try #require(body["afhaengigheder"] as? [[String: Any]])
        #expect(dependencies.first?["tilstand"] as? String == "fejl")
        #expect((dependencies.first?["besked"] as? String)?.contains("tilbud index") == true)
    }

    @Test func aFailingRequiredDependencyIs503AndAnOptionalOneIsNot() async throws {
        let site = TestSite.bundled
        let metrics = ServerMetrics()
        let optional = HealthRoutes(directory: site.directory, metrics: metrics,
                                    extraChecks: [HealthCheck(name: "model", required: false) { (.failing, "ikke indlæst") }])
        #expect(await optional.health().status == .ok)
        let required = HealthRoutes(directory: site.directory, metrics: metrics,
                                    extraChecks: [HealthCheck(name: "model", required: true) { (.failing, "ikke indlæst") }])
        #expect(await required.health().status == .serviceUnavailable)
    }

    @Test func metricsCountRequestsByRouteAndStatusAndTimeSearches() async throws {
        let text = try await TestSite.bundled.session { client in
            _ = try await client.get("/api/search?q=rygestop")
            _ = try await client.get("/api/search?q=sorg&alder=70")
            _ = try await client.get("/tilbud/rygestopkursus")
            _ = try await client.get("/tilbud/findes-ikke")
            _ = try await client.get("/findes/slet/ikke")
            return try await client.get("/metrics").text
        }
        #expect(text.contains(#"tilbudsguide_http_requests_total{route="/api/search",method="GET",status="200"} 2"#), "\(text)")
        #expect(text.contains(#"tilbudsguide_http_requests_total{route="/tilbud/{id}",method="GET",status="200"} 1"#))
        #expect(text.contains(#"tilbudsguide_http_requests_total{route="/tilbud/{id}",method="GET",status="404"} 1"#))
        #expect(text.contains(#"route="(ingen)",method="GET",status="404"} 1"#))
        #expect(text.contains("tilbudsguide_search_duration_seconds_count 2"))
        #expect(text.contains(#"tilbudsguide_http_request_duration_seconds_bucket{route="/api/search",le="+Inf"} 2"#))
        #expect(!text.contains("rygestopkursus") && !text.contains("sorg") && !text.contains("slet"))
    }

    /// The server loads the model in the background: meanwhile `/healthz` says `indlaeser` (and
    /// stays 200) and a search answers lexically and says why; then both are whole. The model's
    /// endpoint is held (its process stopped) for as long as the load must last.
    @Test func whileTheModelLoadsHealthSaysSoAndSearchIsLexical() async throws {
        try #require(EmbeddingServer.isInstalled, "scripts/install-model er ikke kørt")
        let endpoint = try EmbeddingServer()
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: TestSite.bundled.folder.path,
                                       semantic: .endpoint(address: endpoint.address, model: "multilingual-e5-small-q4"),
                                       model: .server())
        endpoint.pause()
        let site = TestSite(folder: TestSite.bundled.folder, directory: directory)
        try await site.session { client in
            let health = try await client.get("/healthz")
            #expect(health.status == .ok)
            let model = try #require(((health.json as? [String: Any])?["afhaengigheder"] as? [[String: Any]])?.last)
            #expect(model["tilstand"] as? String == "indlaeser", "\(model)")
            let search = try #require(try await client.get("/api/search?q=far+er+begyndt+at+glemme+ting").json as? [String: Any])
            #expect(search["rangering"] as? String == "leksikalsk")
            #expect((search["semantik"] as? [String: Any])?["status"] as? String == "indlaeser", "\(search)")
            endpoint.resume()
            var state = ""
            for _ in 0..<1200 where state != "ok" {
                let checks = try await client.get("/healthz").json as? [String: Any]
                state = ((checks?["afhaengigheder"] as? [[String: Any]])?.last?["tilstand"] as? String) ?? ""
                if state != "ok" { try await Task.sleep(for: .milliseconds(25)) }
            }
            #expect(state == "ok")
            // The text queued while loading may still be in the engine: a search gives up waiting
            // after twice its budget and answers lexically (for that time only).
            var ranking = ""
            for _ in 0..<200 where ranking != "hybrid" {
                let whole = try await client.get("/api/search?q=far+er+begyndt+at+glemme+ting").json as? [String: Any]
                ranking = whole?["rangering"] as? String ?? ""
                if ranking != "hybrid" { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(ranking == "hybrid", "the lexical answer made while loading is not kept")
        }
    }
}
