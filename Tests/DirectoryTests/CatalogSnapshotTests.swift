import Catalog
@testable import Directory
import Foundation
import OfferIndex
import OfferModel
import TestSupport
import Testing

/// `tilbud index` after a small edit reads only the changed records (`CatalogSnapshot`).
@Suite struct CatalogSnapshotTests {
    @Test func anEditedOfferIsTheOnlyOneReadAgain() throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        let (first, _) = try directory.reindex()
        #expect(first.known.isEmpty && first.offers.count == 3)

        fixture.write("vennekreds", CatalogFixture.offer(
            name: "Vennekredsen", summary: "Strikkeklub og fællesskab for ældre.", needs: "[ensomhed-og-faellesskab]",
            centre: "aeldrecenter", extra: "adgang: [egen-henvendelse]\nkontakt:\n  email: venner@testby.dk\nsidst_verificeret: \"2026-10-01\""))
        let (second, report) = try directory.reindex()
        #expect(report.mode == .incremental && report.changed == 1 && report.offers == 3)
        #expect(second.offers.map(\.id) == ["vennekreds"])
        #expect(second.known.map(\.digest.id).sorted() == ["boernevaegt", "rygestop"])
        #expect(second.warningCount == first.warningCount)
        #expect(try directory.search(SearchRequest(text: "strikkeklub")).results.map(\.offer.id) == ["vennekreds"])

        fixture.folder.remove("tilbud/boernevaegt.yaml")
        let (third, removal) = try directory.reindex()
        #expect(removal.mode == .incremental && removal.removed == 1 && removal.offers == 2)
        #expect(third.offers.isEmpty && third.known.count == 2)
        #expect(try directory.searcher().documentCount() == 2)
    }

    @Test func aSnapshotOfAnotherCommitIsNotTrusted() throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        try directory.reindex()
        let snapshot = index.at(".katalogspor")
        let old = try String(contentsOfFile: snapshot, encoding: .utf8)

        fixture.write("rygestop", CatalogFixture.offer(name: "Rygestop på apoteket", summary: "Gratis kursus.", needs: "[rygning]",
                                                       centre: "sundhedscenter", extra: "adgang: [egen-henvendelse]"))
        try directory.reindex()
        try old.write(toFile: snapshot, atomically: true, encoding: .utf8)
        fixture.write("rygestop", CatalogFixture.offer(name: "Rygestop i sundhedscentret", summary: "Gratis kursus.", needs: "[rygning]",
                                                       centre: "sundhedscenter", extra: "adgang: [egen-henvendelse]"))
        let (catalog, _) = try directory.reindex()
        #expect(catalog.known.isEmpty && catalog.offers.count == 3)
        #expect(try directory.offer(id: "rygestop").offer.name == "Rygestop i sundhedscentret")

        try "ikke et katalogspor\n".write(toFile: snapshot, atomically: true, encoding: .utf8)
        let (again, report) = try directory.reindex()
        #expect(again.known.isEmpty && report.changed == 0)
        #expect(FileManager.default.fileExists(atPath: snapshot))
    }
}
