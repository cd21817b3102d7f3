import Foundation
import OfferModel
import Testing
import TestSupport
@testable import Directory

/// The all-offers overview for GPs is rendered once per index revision and day.
@Suite struct OverviewHandoutCacheTests {
    @Test func theOverviewIsRenderedOncePerRevisionAndDay() async throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("oversigt")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path, semantic: .off)
        _ = try await directory.reindex()
        let today = try #require(CalendarDate("2026-12-06"))
        let tomorrow = try #require(CalendarDate("2026-12-07"))
        let first = try await directory.handout(HandoutRequest(audience: .doctor, today: today))
        let again = try await directory.handout(HandoutRequest(audience: .doctor, today: today))
        #expect(first.pdf == again.pdf && first.offerCount == 3)
        #expect(directory.overviewHandouts.renders.load(ordering: .relaxed) == 1)

        _ = try await directory.handout(HandoutRequest(audience: .doctor, needs: ["rygning"], today: today))
        _ = try await directory.handout(HandoutRequest(audience: .citizen, ids: ["rygestop"], today: today))
        #expect(directory.overviewHandouts.renders.load(ordering: .relaxed) == 1, "other handouts are not kept")

        _ = try await directory.handout(HandoutRequest(audience: .doctor, today: tomorrow))
        #expect(directory.overviewHandouts.renders.load(ordering: .relaxed) == 2, "another day, another footer")

        fixture.write("nyt", CatalogFixture.offer(name: "Nyt hold", summary: "Stolegymnastik.", needs: "[rygning]", centre: "sundhedscenter"))
        _ = try await directory.reindex()
        let changed = try await directory.handout(HandoutRequest(audience: .doctor, today: tomorrow))
        #expect(changed.offerCount == 4, "a new revision renders anew")
        #expect(directory.overviewHandouts.renders.load(ordering: .relaxed) == 3)
    }
}
