@testable import Directory
import Export
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct ChangeReportTests {
    @Test func editingOneOfferListsExactlyThatChange() throws {
        let catalog = try ExportFixture.copyOfBundledCatalog()
        let directory = OfferDirectory(catalogPath: catalog.path)
        let first = TemporaryFolder("eksport-foer"), second = TemporaryFolder("eksport-efter")
        _ = try directory.exportSundhedDK(to: first.path, today: CalendarDate("2026-04-01")!)

        let file = catalog.at("tilbud/nada.yaml")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("tid: 2 gange om ugen."))
        try text.replacingOccurrences(of: "tid: 2 gange om ugen.", with: "tid: 3 gange om ugen.")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let report = try directory.exportSundhedDK(to: second.path, since: first.path, today: CalendarDate("2026-10-01")!)

        let changes = try #require(report.changes)
        #expect(changes.added.isEmpty)
        #expect(changes.removed.isEmpty)
        #expect(changes.changed == [ChangeReport.ChangedOffer(id: "nada", name: "NADA øreakupunktur", fields: [
            ChangeReport.FieldChange(heading: "Varighed og tid", old: "2 gange om ugen.", new: "3 gange om ugen."),
        ])])
        let markdown = try String(contentsOfFile: second.at("aendringer.md"), encoding: .utf8)
        #expect(markdown.contains("sammenlignet med eksporten 2026-04-01"))
        #expect(markdown.contains("I alt: 0 nye, 1 ændret, 0 udgåede."))
        #expect(markdown.contains("### NADA øreakupunktur (`nada`)"))
        #expect(markdown.contains("**Varighed og tid**\n\nFør:\n\n> 2 gange om ugen.\n\nNu:\n\n> 3 gange om ugen."))
    }

    @Test func newChangedAndGoneOffers() throws {
        let old = document([row("a", name: "Aftenhold"), row("b", name: "Badminton", price: "Gratis"), row("c", name: "Cykling")])
        let new = document([row("b", name: "Badminton", price: "50 kr.\npr. gang"), row("c", name: "Cykling"), row("d", name: "Dans")])
        let report = ChangeReport(previous: old, current: new)
        #expect(report.added.map(\.id) == ["d"])
        #expect(report.removed.map(\.id) == ["a"])
        #expect(report.changed.map(\.id) == ["b"])
        #expect(report.changed[0].fields == [ChangeReport.FieldChange(heading: "Pris", old: "Gratis", new: "50 kr.\npr. gang")])
        let markdown = report.markdown
        #expect(markdown.contains("I alt: 1 nyt, 1 ændret, 1 udgået."))
        #expect(markdown.contains("## Nye tilbud (1)\n\n- Dans (`d`)"))
        #expect(markdown.contains("## Udgåede tilbud (1)\n\n- Aftenhold (`a`)"))
        #expect(markdown.contains("> 50 kr.\n> pr. gang"))
    }

    @Test func withoutAPreviousExportEverythingIsNew() {
        let report = ChangeReport(previous: nil, current: document([row("a", name: "Aftenhold")]))
        #expect(report.added.count == 1)
        #expect(report.markdown.contains("Der er ikke angivet en tidligere eksport"))
    }

    @Test func nothingChangedSaysSo() {
        let same = document([row("a", name: "Aftenhold")])
        let report = ChangeReport(previous: same, current: same)
        #expect(report.isEmpty)
        #expect(report.markdown.contains("Intet skal rettes på sundhed.dk."))
    }

    private func row(_ id: String, name: String, price: String = "") -> SundhedDKRow {
        let offer = Offer(id: id, name: name, summary: "Kort om \(name).", needs: ["motion"], price: price)
        let content = ExportContent(offers: [offer], needs: [Need(id: "motion", name: "Motion")], centres: [],
                                    municipality: Municipality(id: "testby", name: "Testby Kommune"))
        return SundhedDKExport(content: content, exported: CalendarDate("2026-01-01")!).rows[0]
    }

    private func document(_ rows: [SundhedDKRow]) -> SundhedDKDocument {
        SundhedDKDocument(exported: "2026-01-01", municipality: "Testby Kommune", count: rows.count, offers: rows)
    }
}
