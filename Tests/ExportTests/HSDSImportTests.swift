import Catalog
@testable import Directory
import Export
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct HSDSImportTests {
    @Test func roundTripKeepsEveryFieldHSDSCarries() throws {
        let original = try ExportFixture.bundledCatalog()
        let hsds = TemporaryFolder("hsds"), imported = TemporaryFolder("importeret")
        _ = try ExportFixture.bundledDirectory().exportHSDS(to: hsds.path)
        let report = try OfferDirectory(catalogPath: imported.path).importHSDS(from: hsds.path, to: imported.at("katalog"))
        let reloaded = try CatalogLoader().load(path: imported.at("katalog"))
        #expect(reloaded.errors.isEmpty, "\(reloaded.errors)")
        #expect(report.catalog.offers.count == original.offers.count)
        Self.expectCarriedFieldsEqual(original, reloaded)
    }

    @Test func roundTripOfAFullyFilledOffer() async throws {
        let fixture = CatalogFixture()
        fixture.write("alt-udfyldt", CatalogFixture.offer(
            name: "Alt udfyldt", summary: "Et tilbud med alle felter, også 'apostrof' og \"citater\".", needs: "[rygning, kost-og-vaegt]",
            centre: "sundhedscenter", status: "pause", extra: """
            beskrivelse: |
              Første linje.

              - ikke en liste
              Sidste linje med # og 'apostrof'.
            alder:
              fra: 18
              til: 67
            maalgruppe: "yes"
            adgang: [egen-henvendelse, henvisning-fra-laege, visitation]
            henvisning: Ring og bliv skrevet op.
            kontakt:
              telefon: "+45 43 57 57 57"
              email: alt@testby.dk
              web: testby.dk/alt
            sted:
              navn: Sundhedshuset
              adresse: Torvet 1, 2635 Ishøj
            tid: "Mandage kl. 10-12: 8 uger."
            pris: "null"
            sprog: [dansk, arabisk, klingonsk]
            sidst_verificeret: "2026-03-31"
            tilbudstype: hold
            kilde: [Testdokument]
            """))
        let original = try CatalogLoader().load(path: fixture.path)
        #expect(original.errors.isEmpty, "\(original.errors)")
        let hsds = TemporaryFolder("hsds"), imported = TemporaryFolder("importeret")
        _ = try await OfferDirectory(catalogPath: fixture.path).exportHSDS(to: hsds.path)
        let validation = try await ExportFixture.validate("validate_hsds.py", [hsds.path, ExportFixture.hsdsSchemas])
        #expect(validation.status == 0, "\(validation.stdout)")
        _ = try await OfferDirectory(catalogPath: imported.path).importHSDS(from: hsds.path, to: imported.at("katalog"))
        let reloaded = try CatalogLoader().load(path: imported.at("katalog"))
        #expect(reloaded.errors.isEmpty, "\(reloaded.errors)")
        Self.expectCarriedFieldsEqual(original, reloaded)
        let offer = try #require(reloaded.offers.first { $0.id == "alt-udfyldt" })
        #expect(offer.price == "null")
        #expect(offer.languages == ["dansk", "arabisk", "klingonsk"])
        #expect(reloaded.centre("sundhedscenter")?.contact.phone == "11 22 33 44")
    }

    @Test func anotherMunicipalitysExportBecomesAValidCatalogue() throws {
        let folder = TemporaryFolder("fremmed-hsds")
        folder.write("organizations.json", """
        [{"id": "0b7f1f52-2e0a-4c55-9f7e-3f4b1c9a0001", "name": "Brøndby Kommune", "description": "Kommunen.",
          "website": "https://www.brondby.dk"},
         {"id": "0b7f1f52-2e0a-4c55-9f7e-3f4b1c9a0002", "name": "Sundhedscenter Brøndby", "description": "",
          "parent_organization_id": "0b7f1f52-2e0a-4c55-9f7e-3f4b1c9a0001", "email": "sund@brondby.dk"}]
        """)
        folder.write("services.json", """
        {"total_items": 2, "page_number": 1, "contents": [
          {"id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0001", "name": "Motionshold for seniorer", "status": "temporarily closed",
           "organization_id": "0b7f1f52-2e0a-4c55-9f7e-3f4b1c9a0002",
           "description": "Træning i hold.\\nTo gange om ugen i hallen.", "url": "https://www.brondby.dk/motion",
           "minimum_age": 65.0, "assured_date": "2026-01-15T10:00:00Z", "fees": "Gratis",
           "phones": [{"id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0101", "number": "(43) 28-28-28", "extension": 12}],
           "languages": [{"id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0201", "code": "ar"}],
           "service_at_locations": [{"id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0301", "location": {
             "id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0401", "location_type": "physical", "name": "Brøndby Hallen",
             "addresses": [{"id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0501", "address_1": "Park Allé 160", "city": "Brøndby",
                            "state_province": "Region Hovedstaden", "postal_code": "2605", "country": "DK", "address_type": "physical"}]}}],
           "attributes": [{"id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0601", "taxonomy_term": {
             "id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0701", "code": "BD-1800.2000", "name": "Motion og træning", "description": "Fysisk aktivitet."}}]},
          {"id": "9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0002", "name": "Motionshold for seniorer", "status": "defunct",
           "organization_id": "0b7f1f52-2e0a-4c55-9f7e-3f4b1c9a0001", "minimum_age": 70, "maximum_age": 60}
        ]}
        """)
        let out = TemporaryFolder("importeret")
        let report = try OfferDirectory(catalogPath: out.path).importHSDS(from: folder.path, to: out.at("katalog"))
        let catalog = report.catalog
        #expect(catalog.errors.isEmpty, "\(catalog.errors)")
        #expect(catalog.municipality == Municipality(id: "broendby", name: "Brøndby Kommune", web: "www.brondby.dk"))
        #expect(catalog.centres.map(\.id) == ["sundhedscenter-broendby"])
        #expect(catalog.centres[0].contact.email == "sund@brondby.dk")
        let offers = catalog.offers.sorted { $0.id < $1.id }
        #expect(offers.map(\.id) == ["motionshold-for-seniorer", "motionshold-for-seniorer-2"])
        let first = offers[0]
        #expect(first.centre == "sundhedscenter-broendby")
        #expect(first.summary == "Træning i hold.")
        #expect(first.description == "To gange om ugen i hallen.")
        #expect(first.needs == ["motion-og-traening"])
        #expect(first.contact == Contact(phone: "43 28 28 28", email: "", web: "www.brondby.dk/motion"))
        #expect(first.place == Place(name: "Brøndby Hallen", address: "Park Allé 160, 2605 Brøndby"))
        #expect(first.ages == AgeRange(from: 65))
        #expect(first.status == .paused)
        #expect(first.price == "Gratis")
        #expect(first.languages == ["arabisk"])
        #expect(first.lastVerified == CalendarDate("2026-01-15"))
        #expect(first.sources.first?.contains("9c2d9d1e-4b7a-4a43-8a55-1a2b3c4d0001") == true)
        let second = offers[1]
        #expect(second.centre == "")
        #expect(second.status == .ended)
        #expect(second.ages.isOpen)
        #expect(second.needs == ["uden-kategori"])
        #expect(second.summary == "Motionshold for seniorer")
        #expect(report.notes.contains { $0.contains("uden-kategori") })
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let hsds = TemporaryFolder("hsds"), out = TemporaryFolder("optaget")
        _ = try ExportFixture.bundledDirectory().exportHSDS(to: hsds.path)
        out.write("kommune.yaml", "id: x\nnavn: X\n")
        #expect(throws: DirectoryError.self) { try OfferDirectory(catalogPath: out.path).importHSDS(from: hsds.path, to: out.path) }
        #expect(throws: DirectoryError.self) { try OfferDirectory(catalogPath: out.path).importHSDS(from: out.path, to: out.at("ny")) }
    }

    /// Compares every field HSDS carries; `ansvarlig`, `soegeord`, `situationer`, `kilde` and `intern` are not carried.
    static func expectCarriedFieldsEqual(_ original: Catalog, _ reloaded: Catalog, sourceLocation: SourceLocation = #_sourceLocation) {
        // HSDS has no field for the unit that runs the tool (`driftsenhed`).
        var municipality = original.municipality
        municipality.operatorCentre = ""
        #expect(reloaded.municipality == municipality, sourceLocation: sourceLocation)
        #expect(Set(reloaded.offers.map(\.id)) == Set(original.offers.map(\.id)), sourceLocation: sourceLocation)
        for before in original.offers {
            guard let after = reloaded.offers.first(where: { $0.id == before.id }) else { continue }
            func same<T: Equatable>(_ field: String, _ value: (Offer) -> T) {
                #expect(value(after) == value(before), "\(before.id).\(field)", sourceLocation: sourceLocation)
            }
            same("navn") { $0.name }
            same("kort") { $0.summary }
            same("beskrivelse") { $0.description }
            same("behov") { $0.needs }
            same("alder") { $0.ages }
            same("center") { $0.centre }
            same("maalgruppe") { $0.audience }
            same("adgang") { $0.access }
            same("henvisning") { $0.referral }
            same("kontakt") { $0.contact }
            same("sted") { $0.place }
            same("tid") { $0.schedule }
            same("pris") { $0.price }
            same("sprog") { $0.languages }
            same("status") { $0.status }
            same("sidst_verificeret") { $0.lastVerified }
            same("kommune") { $0.municipality }
            same("tilbudstype") { $0.kind }
            for need in before.needs {
                #expect(reloaded.need(need) == original.need(need), "behov \(need)", sourceLocation: sourceLocation)
            }
            if !before.centre.isEmpty {
                #expect(reloaded.centre(before.centre) == original.centre(before.centre), "center \(before.centre)", sourceLocation: sourceLocation)
            }
        }
        #expect(reloaded.centres.map(\.id) == original.centres.map(\.id), sourceLocation: sourceLocation)
    }
}
