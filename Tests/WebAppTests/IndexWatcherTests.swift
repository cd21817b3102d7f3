@testable import Directory
import Foundation
import LogOutput
import Logging
import Synchronization
import TestSupport
import Testing
@testable import WebApp

/// The server says when it starts to answer from a new index.
@Suite struct IndexWatcherTests {
    @Test func aNewRevisionIsLoggedAndCounted() async throws {
        let lines = RequestRecorderTests.Lines()
        let fixture = CatalogFixture()
        let index = TemporaryFolder("vagt")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        let metrics = ServerMetrics()
        let watcher = IndexWatcher(directory: directory, metrics: metrics, logger: lines.logger(.info))
        var seen = await watcher.look(previous: nil, first: true)
        _ = try await directory.reindex()
        seen = await watcher.look(previous: seen, first: false)
        seen = await watcher.look(previous: seen, first: false)
        fixture.write("nyt", CatalogFixture.offer(name: "Nyt hold", summary: "Stolegymnastik.", needs: "[rygning]", centre: "sundhedscenter"))
        _ = try await directory.reindex()
        seen = await watcher.look(previous: seen, first: false)
        let messages = lines.all.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String] }.map { $0["besked"] ?? "" }
        #expect(messages == ["intet søgeindeks endnu; siderne svarer 503, til tilbud index har bygget det", "søgeindeks i brug",
                             "nyt søgeindeks i brug"])
        let text = String(decoding: metrics.text(), as: UTF8.self)
        #expect(text.contains("tilbudsguide_index_reloads_total 1"), "\(text)")
        #expect(text.contains("tilbudsguide_index_offers 4.0"))
        _ = seen
    }
}
