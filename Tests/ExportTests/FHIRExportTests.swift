@testable import Directory
import Export
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct FHIRExportTests {
    @Test func bundledCatalogueValidatesWithFHIRResources() async throws {
        let out = TemporaryFolder("fhir")
        let report = try await ExportFixture.bundledDirectory().exportFHIR(to: out.at("tilbud.fhir.json"))
        let result = try await ExportFixture.validate("validate_fhir.py", [out.at("tilbud.fhir.json")])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("\(report.offers) HealthcareService"))
    }

    @Test func theValidatorRejectsUnknownElements() async throws {
        let out = TemporaryFolder("fhir")
        _ = try await ExportFixture.bundledDirectory().exportFHIR(to: out.at("tilbud.json"))
        let url = URL(fileURLWithPath: out.at("tilbud.json"))
        var bundle = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var entries = try #require(bundle["entry"] as? [[String: Any]])
        var resource = try #require(entries[entries.count - 1]["resource"] as? [String: Any])
        resource["price"] = "Gratis"
        entries[entries.count - 1]["resource"] = resource
        bundle["entry"] = entries
        try JSONSerialization.data(withJSONObject: bundle).write(to: url)
        let result = try await ExportFixture.validate("validate_fhir.py", [out.at("tilbud.json")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("price"))
        #expect(result.stdout.contains("extra fields not permitted"))
    }

    @Test func servicesSayOnlyWhatTheCatalogueSays() throws {
        let out = TemporaryFolder("fhir")
        _ = try ExportFixture.bundledDirectory().exportFHIR(to: out.at("bundle.json"))
        let text = try String(contentsOfFile: out.at("bundle.json"), encoding: .utf8)
        let bundle = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(bundle["type"] as? String == "collection")
        let resources = (bundle["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
        let services = resources.filter { $0["resourceType"] as? String == "HealthcareService" }
        let catalog = try ExportFixture.bundledCatalog()
        #expect(services.count == catalog.offers.count)
        #expect(services.filter { $0["active"] as? Bool == false }.count == catalog.offers.filter { $0.status == .ended }.count)
        // No structured times are known, and no FSIII code is claimed for an offer type (see FHIRExport).
        #expect(!text.contains("availableTime"))
        #expect(!text.contains("1.2.208.176.2.21"))
        let visits = try #require(services.first { $0["name"] as? String == "Forebyggende hjemmebesøg til 65-79-årige med særlige behov" })
        let eligibility = try #require((visits["eligibility"] as? [[String: Any]])?.first)
        #expect((eligibility["code"] as? [String: Any])?["text"] as? String == "Alder: 65-79 år")
        #expect((visits["type"] as? [[String: Any]])?.first?["text"] as? String == "hjemmebesøg")
        let municipality = try #require(resources.first { $0["name"] as? String == "Ishøj Kommune" })
        let coding = ((municipality["type"] as? [[String: Any]])?.first?["coding"] as? [[String: Any]])?.first
        #expect(coding?["code"] as? String == "govt")
    }

    @Test func pausedOffersAreMarkedNotAvailable() throws {
        let offer = Offer(id: "hold", name: "Hold", summary: "Et hold.", needs: ["motion"], languages: ["dansk", "klingonsk"], status: .paused)
        let export = FHIRExport(content: ExportContent(offers: [offer], needs: [Need(id: "motion", name: "Motion")], centres: [],
                                                       municipality: Municipality(id: "testby", name: "Testby Kommune")))
        let json = try export.file(named: "b.json").text
        #expect(json.contains("\"description\" : \"Tilbuddet er midlertidigt sat på pause.\""))
        #expect(json.contains("\"code\" : \"da\""))
        #expect(json.contains("\"text\" : \"klingonsk\""))
        #expect(!json.contains("\"code\" : \"klingonsk\""))
    }
}
