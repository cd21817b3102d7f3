@testable import Directory
import Foundation
import OfferModel
import TestSupport
import Testing

/// What a screen shows: the named offers in their order, then the selection's, only active ones;
/// read from the live index at every call, so changes show without a restart.
@Suite struct ScreenShowTests {
    static let screens = """
    venterum:
      titel: Venteværelset
      sekunder: 12
      tilbud: [vennekreds, rygestop]
      udvalg:
        behov: [kost-og-vaegt, rygning]
        aldersgruppe: boern

    """

    @Test func namedOffersInOrderThenTheSelectionWithoutRepeats() throws {
        let site = try EditorialFixture()
        site.catalog.folder.write("skaerme.yaml", Self.screens)
        _ = try site.directory.reindex()
        let show = try #require(try site.directory.screenShow(id: "venterum"))
        #expect(show.screen.seconds == 12 && show.screen.title == "Venteværelset")
        // boernevaegt (4-12 år, kost-og-vaegt) fits børn; rygestop is named already.
        #expect(show.slides.map(\.offer.id) == ["vennekreds", "rygestop", "boernevaegt"])
        #expect(show.slides.first?.centre?.name == "Ældrecentret")
        #expect(show.municipality.name == "Testby Kommune")
        #expect(try site.directory.screenShow(id: "findes-ikke") == nil)
    }

    @Test func pausedAndEndedOffersAreLeftOutAndChangesShowAtTheNextCall() throws {
        let site = try EditorialFixture()
        site.catalog.folder.write("skaerme.yaml", Self.screens)
        _ = try site.directory.reindex()
        site.catalog.write("rygestop", site.file("rygestop").replacingOccurrences(of: "status: aktiv", with: "status: pause"))
        site.catalog.write("vennekreds", site.file("vennekreds")
            .replacingOccurrences(of: "status: aktiv", with: "status: ophoert")
            .replacingOccurrences(of: "kort: Fællesskab", with: "kort: Nyt fællesskab"))
        _ = try site.directory.reindex()
        #expect(try site.directory.screenShow(id: "venterum")?.slides.map(\.offer.id) == ["boernevaegt"])
        site.catalog.write("rygestop", site.file("rygestop").replacingOccurrences(of: "status: pause", with: "status: aktiv")
            .replacingOccurrences(of: "kort: Gratis kursus", with: "kort: Et nyt kursus"))
        _ = try site.directory.reindex()
        let show = try #require(try site.directory.screenShow(id: "venterum"))
        #expect(show.slides.map(\.offer.id) == ["rygestop", "boernevaegt"])
        #expect(show.slides.first?.offer.summary.hasPrefix("Et nyt kursus") == true)
    }

    /// Changing only the screens is an update in place: the index's offers are not touched.
    @Test func aScreenChangeAloneIsWrittenInPlace() throws {
        let site = try EditorialFixture()
        site.catalog.folder.write("skaerme.yaml", Self.screens)
        let first = try site.directory.reindex().report
        site.catalog.folder.write("skaerme.yaml", Self.screens.replacingOccurrences(of: "sekunder: 12", with: "sekunder: 30"))
        let second = try site.directory.reindex().report
        #expect(first.mode == .incremental && second.mode == .incremental && second.changed == 0)
        #expect(try site.directory.screens().map(\.seconds) == [30])
    }

    @Test func theSlideKnowsTheNextDatesOfItsSchedule() throws {
        let site = try EditorialFixture()
        site.catalog.write("rygestop", site.file("rygestop") + "tid: Holdstart 2026-01-05, 2026-12-01 og 2027-02-01.\n")
        site.catalog.folder.write("skaerme.yaml", "kantinen:\n  titel: Kantinen\n  tilbud: [rygestop, vennekreds]\n")
        _ = try site.directory.reindex()
        let show = try #require(try site.directory.screenShow(id: "kantinen", today: CalendarDate("2026-11-24")!))
        #expect(show.slides[0].scheduleHasDates && show.slides[0].upcomingDates == [CalendarDate("2026-12-01")!, CalendarDate("2027-02-01")!])
        #expect(!show.slides[1].scheduleHasDates && show.slides[1].upcomingDates.isEmpty)
    }
}
