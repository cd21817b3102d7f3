@testable import Directory
import Export
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct HSDSExportTests {
    @Test func bundledCatalogueValidatesAgainstTheOfficialSchemas() async throws {
        let out = TemporaryFolder("hsds")
        let report = try await ExportFixture.bundledDirectory().exportHSDS(to: out.path)
        let result = try await ExportFixture.validate("validate_hsds.py", [out.path, ExportFixture.hsdsSchemas])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("OK"))
        #expect(report.offers == (try ExportFixture.bundledCatalog()).offers.count)
        #expect(report.files == ["services.json", "organizations.json", "taxonomies.json", "taxonomy_terms.json"])
    }

    @Test func theValidatorCatchesAnInvalidService() async throws {
        let out = TemporaryFolder("hsds")
        _ = try await ExportFixture.bundledDirectory().exportHSDS(to: out.path)
        let url = URL(fileURLWithPath: out.at("services.json"))
        var services = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        services[0]["id"] = "rygestopkursus"
        services[1]["status"] = "aktiv"
        try JSONSerialization.data(withJSONObject: services).write(to: url)
        let result = try await ExportFixture.validate("validate_hsds.py", [out.path, ExportFixture.hsdsSchemas])
        #expect(result.status == 1)
        #expect(result.stdout.contains("services.json[0] id: 'rygestopkursus' is not a 'uuid'"))
        #expect(result.stdout.contains("services.json[1] status"))
    }

    @Test func servicesCarryTheCatalogueFields() throws {
        let catalog = try ExportFixture.bundledCatalog()
        let export = HSDSExport(content: ExportContent(offers: catalog.offers, needs: catalog.needs, centres: catalog.centres,
                                                       municipality: catalog.municipality))
        let service = try #require(export.services.first { $0.name == "Forebyggende hjemmebesøg til 65-79-årige med særlige behov" })
        #expect(service.minimum_age == 65)
        #expect(service.maximum_age == 79)
        #expect(service.status == "active")
        #expect(service.description?.hasPrefix("Er du 65-79 år og har særlige behov? Så kan du få besøg af kommunen. Det kan fx være, hvis du har mistet din mand eller kone, eller hvis du er meget alene.\n\nUd over") == true)
        let links = (service.attributes ?? []).map { "\($0.link_type ?? ""):\($0.taxonomy_term?.code ?? ""):\($0.value ?? "")" }
        #expect(links.contains("katalog-id:katalog-id:forebyggende-hjemmebesoeg-65-79-aar"))
        #expect(links.contains("behov:sorg:"))
        #expect(links.contains("tilbudstype:hjemmebesoeg:"))
        let boblberg = try #require(export.services.first { $0.name == "Boblberg.dk" })
        #expect(boblberg.url == "https://boblberg.dk")
        #expect(boblberg.attributes?.contains { $0.link_type == "adgang" && $0.taxonomy_term?.code == "egen-henvendelse" } == true)
        let ended = catalog.offers.filter { $0.status == .ended }.map(\.name)
        #expect(export.services.filter { $0.status == "defunct" }.map(\.name).sorted() == ended.sorted())
    }

    @Test func centresAreChildOrganizationsOfTheMunicipality() throws {
        let catalog = try ExportFixture.bundledCatalog()
        let export = HSDSExport(content: ExportContent(offers: catalog.offers, needs: catalog.needs, centres: catalog.centres,
                                                       municipality: catalog.municipality))
        let root = export.organizations[0]
        #expect(root.name == "Ishøj Kommune")
        #expect(root.website == "https://ishoj.dk")
        #expect(root.parent_organization_id == nil)
        #expect(export.organizations.count == catalog.centres.count + 1)
        #expect(export.organizations.dropFirst().allSatisfy { $0.parent_organization_id == root.id })
        let nada = try #require(export.services.first { $0.name == "NADA øreakupunktur" })
        #expect(nada.organization?.name == "Handicap og Psykiatri")
        #expect(export.taxonomies.map(\.name).first == "Tilbudsguide: behov (Ishøj Kommune)")
        #expect(export.terms.filter { $0.taxonomy_id == export.taxonomies[0].id }.count == catalog.needs.count)
    }

    @Test func reExportsGiveTheSameBytes() throws {
        let first = TemporaryFolder("hsds"), second = TemporaryFolder("hsds")
        _ = try ExportFixture.bundledDirectory().exportHSDS(to: first.path)
        _ = try ExportFixture.bundledDirectory().exportHSDS(to: second.path)
        for name in ["services.json", "organizations.json", "taxonomies.json", "taxonomy_terms.json"] {
            #expect(FileManager.default.contents(atPath: first.at(name)) == FileManager.default.contents(atPath: second.at(name)))
        }
    }

    @Test func stableUUIDsAreVersion5() {
        // RFC 4122 version 5 of "python.org" in the DNS namespace, as Python's uuid.uuid5 gives it.
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(StableUUID.make("python.org", namespace: dns) == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        // Non-ASCII and longer than one SHA-1 block; values from Python's uuid.uuid5 with our namespace.
        let long = "sted/ishoej/Lægecentret i Ishøj Bycenter|Ishøj Bycenter, 5. sal — en lang tekst, der går over flere SHA-1-blokke"
        #expect(StableUUID.make(long) == "890456fe-daa0-5660-96c8-fd94044081a2")
        #expect(StableUUID.make("tilbud/ishoej/nada") == "fd8bb523-b26a-5e7a-aac3-1d5351d71926")
        #expect(StableUUID.make("tilbud/ishoej/nada") != StableUUID.make("tilbud/ishoej/nada2"))
    }
}
