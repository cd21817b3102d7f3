@testable import Directory
import Editorial
import Foundation
import OfferModel
import TestSupport
import Testing

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

    @Test func anOfferNobodyCanReachOrGetIntoCannotBeConfirmed() throws {
        let site = try EditorialFixture()
        site.catalog.write("ny", CatalogFixture.offer(name: "Nyt tilbud", summary: "Uden kontakt.", needs: "[rygning]", centre: "aeldrecenter"))
        _ = try site.directory.reindex()
        let version = try site.service.editableOffer(id: "ny").version
        let refused = try site.service.verify(id: "ny", baseVersion: version, by: EditorialFixture.elderly)
        guard case let .invalid(_, findings) = refused else { Issue.record("burde afvises: \(refused)"); return }
        #expect(findings.map(\.field) == ["adgang", "kontakt.telefon"])
        #expect(!site.file("ny").contains("sidst_verificeret"))
        let list = try site.service.workList(centre: "aeldrecenter", for: EditorialFixture.elderly)
        #expect(list.items.first { $0.offer.id == "ny" }?.refusals.map(\.field) == ["adgang", "kontakt.telefon"])
        // Sundhedscentret's own telephone number is a way to reach its offers.
        site.catalog.write("ny2", CatalogFixture.offer(name: "Nyt", summary: "K.", needs: "[rygning]", centre: "sundhedscenter",
                                                       extra: "henvisning: Ring til centret."))
        _ = try site.directory.reindex()
        let reachable = try site.service.verify(id: "ny2", baseVersion: try site.service.editableOffer(id: "ny2").version,
                                                by: EditorialFixture.health, today: CalendarDate("2026-12-01")!)
        guard case .saved = reachable else { Issue.record("burde bekræftes: \(reachable)"); return }
        #expect(site.file("ny2").contains("sidst_verificeret: 2026-12-01") || site.file("ny2").contains("sidst_verificeret: \"2026-12-01\""))
    }

    @Test func anOfferOnlyTheNotesKnowAsksWhetherItStillExistsWithTheNotesYear() throws {
        let site = try EditorialFixture()
        site.catalog.folder.write("kilder.yaml", "notat_2018.txt:\n  navn: Et notat\n  aar: 2018\nnotat_2019.txt:\n  navn: Et andet\n  aar: 2019\n")
        site.catalog.write("gammel", CatalogFixture.offer(name: "Gammelt tilbud", summary: "Fra et notat.", needs: "[rygning]", centre: "sundhedscenter",
                                                          extra: "kilde:\n  - \"notat_2018.txt: afsnit 'A'\"\n  - \"notat_2019.txt: afsnit 'B'\"\nintern:\n  note: Kører det stadig?"))
        _ = try site.directory.reindex()
        let today = CalendarDate("2026-12-01")!
        let list = try site.service.workList(centre: "sundhedscenter", for: EditorialFixture.health, today: today)
        let item = try #require(list.items.first)
        #expect(item.offer.id == "gammel", "never verified comes first")
        #expect(item.onlyKnownFrom?.year == 2019 && item.due?.neverVerified == true && item.due?.date == today)
        #expect(item.internalNote == "Kører det stadig?")
        #expect(list.items.dropFirst().allSatisfy { $0.onlyKnownFrom == nil })
    }
}
