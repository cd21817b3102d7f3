@testable import Directory
import Foundation
import Hummingbird
import LogOutput
import Logging
import Synchronization
import TestSupport
import Testing
@testable import WebApp

/// One log line per request, with the route and the parameters' names, never what was searched for.
@Suite struct RequestRecorderTests {
    final class Lines: Sendable {
        let value = Mutex<[String]>([])
        var all: [String] { value.withLock { $0 } }
        func logger(_ level: Logger.Level = .trace) -> Logger {
            var logger = Logger(label: "test") { _ in LineLogHandler(level: level, format: .json) { line in self.value.withLock { $0.append(line) } } }
            logger.logLevel = level
            return logger
        }
    }

    /// Staff type citizens' situations, even CPR numbers: a marker searched for on every route
    /// that takes text must be in no log line, at the most talkative level.
    @Test func whatWasSearchedForIsInNoLogLine() async throws {
        let marker = "Markoer1203540017"
        let lines = Lines()
        let site = TestSite.bundled
        try await site.session(logger: lines.logger()) { client in
            for uri in ["/?q=\(marker)", "/?q=82-%C3%A5rig+\(marker)&alder=82", "/api/search?q=\(marker)&behov=\(marker.lowercased())",
                        "/api/search?alder=\(marker)", "/api/search?q=rygestop&\(marker)=1", "/udvalg?ids=\(marker.lowercased())",
                        "/udvalg.pdf?q=\(marker)&behov=rygning", "/tilbud/\(marker.lowercased())", "/api/tilbud/\(marker)",
                        "/\(marker)", "/static/\(marker).js", "/api/search?q=\(marker)&adgang=\(marker)"] {
                _ = try await client.get(uri)
            }
        }
        let all = lines.all
        #expect(all.count >= 12, "\(all)")
        for line in all {
            #expect(!line.lowercased().contains(marker.lowercased()), "\(line)")
            #expect(!line.contains("1203540017"), "\(line)")
        }
    }

    @Test func aLineSaysMethodRouteStatusTimeSizeAndParameterNames() async throws {
        let lines = Lines()
        try await TestSite.bundled.session(logger: lines.logger(.info)) { client in
            _ = try await client.get("/api/search?q=sukkersyge&alder=67&limit=5&hemmelig=x")
            _ = try await client.get("/tilbud/rygestopkursus")
        }
        let records = lines.all.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] }
            .filter { $0["besked"] == "forespørgsel" }
        #expect(records.count == 2)
        let search = try #require(records.first)
        #expect(search["metode"] == "GET")
        #expect(search["rute"] == "/api/search")
        #expect(search["status"] == "200")
        #expect(search["parametre"] == "q,alder,limit")
        #expect(search["andre"] == "1")
        #expect(Int(search["bytes"] ?? "") ?? 0 > 1000)
        #expect(Double(search["ms"] ?? "") != nil)
        #expect(records.last?["rute"] == "/tilbud/{id}")
    }

    @Test func parameterNamesAreOnlyTheKnownOnes() {
        #expect(RequestRecorder.parameterNames("q=a&alder=3&q=b&x=y&enkemand&behov=c") == (["q", "alder", "behov"], 2))
        #expect(RequestRecorder.parameterNames(nil) == ([], 0))
        #expect(RequestRecorder.parameterNames("&&q=&limit") == (["q", "limit"], 0))
    }

    @Test func millisecondsHaveTwoDecimals() {
        #expect(RequestRecorder.milliseconds(.microseconds(840)) == "0.84")
        #expect(RequestRecorder.milliseconds(.microseconds(12_345)) == "12.35")
        #expect(RequestRecorder.milliseconds(.milliseconds(1)) == "1.00")
        #expect(RequestRecorder.milliseconds(.microseconds(3)) == "0.00")
    }

    @Test func indexEventsAreLogged() throws {
        let lines = Lines()
        let fixture = CatalogFixture()
        let index = TemporaryFolder("log-indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path, logger: lines.logger(.info))
        _ = try directory.reindex()
        fixture.write("nyt", CatalogFixture.offer(name: "Nyt hold", summary: "Stolegymnastik.", needs: "[rygning]", centre: "sundhedscenter"))
        _ = try directory.reindex()
        fixture.write("brudt", "navn: [ikke afsluttet\n")
        #expect(throws: DirectoryError.self) { try directory.reindex() }
        let messages = lines.all.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] }
        #expect(messages.map { $0["besked"] ?? "" } == ["indeks bygget", "indeks opdateret på stedet", "katalog afvist, indekset er ikke ændret"])
        #expect(messages[1]["aendrede"] == "1")
        #expect(messages[2]["foerste"]?.contains("brudt.yaml") == true)
    }
}
