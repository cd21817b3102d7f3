import Directory
import Editorial
import Foundation
import OfferModel
import Testing
import TestSupport

@Suite struct WorkListTests {
    @Test func aCentresListShowsWhatEachOfferNeedsAndItsOpenReports() throws {
        let site = try EditorialFixture()
        site.catalog.write("ny", CatalogFixture.offer(name: "Nyt tilbud", summary: "Uden kontakt.", needs: "[rygning]", centre: "sundhedscenter"))
        _ = try site.directory.reindex()
        _ = try site.service.reportError(offerID: "rygestop", text: "Telefonnummeret er forkert", reporter: "Sara")
        let today = CalendarDate(year: 2026, month: 12, day: 1)!
        let list = try site.service.workList(centre: "sundhedscenter", for: EditorialFixture.health, today: today)
        #expect(list.items.map(\.offer.id) == ["ny", "rygestop", "boernevaegt"])
        #expect(list.items[0].tasks == [.noContact, .noAccess, .neverVerified])
        #expect(list.items[1].openReports.map(\.text) == ["Telefonnummeret er forkert"])
        #expect(list.offers == 3 && list.neverVerified == 1 && list.withoutContact == 1 && list.openReports == 1 && list.done == 1)
        #expect(list.items.allSatisfy { $0.version != nil })
        let later = try site.service.workList(centre: "sundhedscenter", for: EditorialFixture.health, today: CalendarDate(year: 2027, month: 6, day: 1)!)
        #expect(later.verifiedLongAgo == 2)
    }

    @Test func anEditorSeesOnlyTheirOwnCentreAndTheAdministratorSeesTheRound() throws {
        let site = try EditorialFixture()
        #expect(throws: DirectoryError.self) { try site.service.workList(centre: "aeldrecenter", for: EditorialFixture.health) }
        #expect(throws: DirectoryError.self) { try site.service.roundOverview(for: EditorialFixture.health) }
        let round = try site.service.roundOverview(for: EditorialFixture.admin, today: CalendarDate(year: 2026, month: 12, day: 1)!)
        #expect(round.roundStart == CalendarDate(year: 2026, month: 7, day: 1))
        let health = try #require(round.centres.first { $0.centre == "sundhedscenter" })
        #expect(health.offers == 2 && health.verifiedThisRound == 2 && health.needingWork == 0)
    }
}
