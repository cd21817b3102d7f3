import Catalog
@testable import Directory
import Export
import Foundation
import OfferModel
import TestSupport
import Testing

/// The catalogue's `intern` field (note and phone) must never leave the catalogue.
@Suite struct ExportLeakTests {
    @Test func internalNoteAndPhoneAppearInNoExport() throws {
        let fixture = CatalogFixture()
        fixture.write("hemmeligt", CatalogFixture.offer(
            name: "Almindeligt tilbud", summary: "Et helt almindeligt tilbud.", needs: "[rygning]", centre: "sundhedscenter",
            extra: "kontakt:\n  telefon: \"12 12 12 12\"\nintern:\n  note: LAEK-7Q9 budget 123.456 kr. må ikke ud\n  telefon: \"98 76 54 32\""))
        let loaded = try CatalogLoader().load(path: fixture.path)
        #expect(loaded.offers.first { $0.id == "hemmeligt" }?.internalInfo?.note.contains("LAEK-7Q9") == true)

        let out = TemporaryFolder("alle-eksporter")
        let directory = OfferDirectory(catalogPath: fixture.path)
        _ = try directory.exportSundhedDK(to: out.at("sundhed-dk"))
        _ = try directory.exportHSDS(to: out.at("hsds"))
        _ = try directory.exportFHIR(to: out.at("fhir/bundle.json"))
        _ = try directory.importHSDS(from: out.at("hsds"), to: out.at("importeret"))
        let files = ExportFixture.texts(in: out.path)
        #expect(files.count > 10)
        #expect(files.contains { $0.text.contains("12 12 12 12") }, "the public phone is exported, so the search is real")
        for secret in ["LAEK-7Q9", "123.456", "98 76 54 32", "98765432", "\"intern\"", "intern:"] {
            let leaks = files.filter { $0.text.contains(secret) }.map(\.path)
            #expect(leaks.isEmpty, "'\(secret)' står i \(leaks)")
        }
    }

    @Test func noInternalNoteOfTheBundledCatalogueIsExported() throws {
        let catalog = try ExportFixture.bundledCatalog()
        let notes = catalog.offers.compactMap(\.internalInfo).flatMap { [$0.note, $0.phone] }.filter { $0.count >= 20 }
        #expect(notes.count > 20)
        let out = TemporaryFolder("alle-eksporter")
        let directory = ExportFixture.bundledDirectory()
        _ = try directory.exportSundhedDK(to: out.at("sundhed-dk"))
        _ = try directory.exportHSDS(to: out.at("hsds"))
        _ = try directory.exportFHIR(to: out.at("fhir.json"))
        let files = ExportFixture.texts(in: out.path)
        for note in notes {
            // JSON may escape characters such as quotes and slashes, so look for a plain stretch of the note.
            let probe = String(note.prefix(20))
            let leaks = files.filter { $0.text.contains(probe) }.map(\.path)
            #expect(leaks.isEmpty, "intern note '\(probe)…' står i \(leaks)")
        }
    }

    /// A web address that is not http(s) (the catalogue refuses it, but an offer may come from
    /// elsewhere) is left out of every format rather than carried.
    @Test func noExportCarriesAJavascriptAddress() throws {
        let centre = Centre(id: "c", name: "C", contact: Contact(web: "javascript:alert(2)"))
        let offer = Offer(id: "a", name: "A", summary: "A.", needs: ["x"], centre: "c", contact: Contact(phone: "11 22 33 44", web: "javascript:alert(1)"),
                          status: .active, municipality: "testby")
        let content = ExportContent(offers: [offer], needs: [Need(id: "x", name: "X")], centres: [centre],
                                    municipality: Municipality(id: "testby", name: "Testby", web: "javascript:alert(3)"))
        var files = try HSDSExport(content: content).files()
        files.append(try FHIRExport(content: content).file(named: "bundle.json"))
        files += try SundhedDKExport(content: content, exported: CalendarDate("2026-12-01")!).files(previous: nil)
        #expect(files.contains { $0.text.contains("11 22 33 44") })
        for file in files {
            #expect(!file.text.lowercased().contains("javascript"), "\(file.path)")
        }
    }
}
