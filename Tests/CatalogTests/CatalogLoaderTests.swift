import Foundation
import Catalog
import Testing
import TestSupport

@Suite struct CatalogLoaderTests {
    let today = CalendarDate("2026-11-24")!

    @Test func bundledCatalogueHasNoErrors() throws {
        let catalog = try CatalogLoader(today: today).load(path: RepositoryPaths.catalog)
        #expect(catalog.errors.isEmpty, "\(catalog.errors.map(\.description))")
        #expect(catalog.offers.count >= 40)
        #expect(catalog.municipality.name == "Ishøj Kommune")
        #expect(catalog.synonyms.count >= 80)
    }

    @Test func everyBundledOfferCitesItsSource() throws {
        let catalog = try CatalogLoader(today: today).load(path: RepositoryPaths.catalog)
        for offer in catalog.offers {
            #expect(!offer.sources.isEmpty, "\(offer.id) mangler kilde")
        }
    }

    @Test func everyRunningBundledOfferHasACentreAndTheNotesTheirYears() throws {
        let catalog = try CatalogLoader(today: today).load(path: RepositoryPaths.catalog)
        #expect(catalog.offers.filter { $0.status != .ended && $0.centre.isEmpty }.map(\.id) == [])
        #expect(catalog.centre("stabsenhed-for-sundhedsudvikling")?.name == "Stabsenhed for Sundhedsudvikling")
        #expect(catalog.sourceNotes.map(\.year) == [2018, 2016, 2017, 2023, 2019])
        for offer in catalog.offers {
            #expect(!SourceNote.cited(by: offer, in: catalog.sourceNotes).isEmpty, "\(offer.id) citerer intet dokument i kilder.yaml")
        }
    }

    /// The short texts are for citizens with low health literacy: mean LIX at most 35 ("let").
    /// LIX is counted as `Readability.lix` documents.
    @Test func bundledShortTextsAreEasyToRead() throws {
        let catalog = try CatalogLoader(today: today).load(path: RepositoryPaths.catalog)
        let scores = catalog.offers.compactMap { Readability.lix($0.summary) }
        #expect(scores.count == catalog.offers.count)
        let mean = scores.reduce(0, +) / Double(scores.count)
        #expect(mean <= 35, "middel-LIX for kort er \(mean)")
    }

    /// Council and project history belongs in `intern.note`, not in what citizens and staff read.
    @Test func bundledPublicTextsHoldNoAdministrativeRemarks() throws {
        let catalog = try CatalogLoader(today: today).load(path: RepositoryPaths.catalog)
        let remarks = ["status marts", "status 2018", "etableret for perioden", "det er foreslået", "tv-ishøj",
                       "vedtog i maj", "udvalget", "abonnement", "kr.", "idéoplæg"]
        for offer in catalog.offers where offer.isPublic {
            let text = [offer.summary, offer.description, offer.audience, offer.referral, offer.schedule]
                .joined(separator: " ").lowercased()
            for remark in remarks {
                #expect(!text.contains(remark), "\(offer.id) nævner '\(remark)' i en offentlig tekst")
            }
        }
    }

    /// 003: "Ældreområdets målgruppe er fra 65 år og frem" gives the elder-care services their age.
    @Test func bundledElderCareServicesStartAt65() throws {
        let catalog = try CatalogLoader(today: today).load(path: RepositoryPaths.catalog)
        for id in ["hjemmehjaelp", "hjemmesygepleje", "genoptraening", "rehabilitering", "vedligeholdelsestraening", "plejehjem"] {
            let offer = try #require(catalog.offers.first { $0.id == id })
            #expect(offer.ages == AgeRange(from: 65), "\(id)")
            #expect(offer.sources.contains { $0.contains("fra 65 år og frem") }, "\(id) citerer ikke aldersgrænsen")
        }
    }

    @Test func readsTheDriftsenhedAndChecksItAgainstTheCentres() throws {
        let fixture = CatalogFixture()
        fixture.folder.write("kommune.yaml", "id: testby\nnavn: Testby Kommune\nweb: testby.dk\ndriftsenhed: sundhedscenter\n")
        let good = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(good.municipality.operatorCentre == "sundhedscenter")
        #expect(good.errors.isEmpty, "\(good.errors.map(\.description))")

        fixture.folder.write("kommune.yaml", "id: testby\nnavn: Testby Kommune\nweb: testby.dk\ndriftsenhed: sundhedscentre\n")
        let bad = try CatalogLoader(today: today).load(path: fixture.path)
        let finding = try #require(bad.errors.first { $0.message.contains("driftsenhed") })
        #expect(finding.file.hasSuffix("kommune.yaml"))
        #expect(finding.line == 4)
        #expect(finding.message.contains("mente du 'sundhedscenter'"))
    }

    @Test func readsJSONLinesWithLineNumbers() throws {
        let folder = TemporaryFolder()
        let file = folder.write("data.jsonl", """
        {"id": "a", "navn": "A", "kort": "K", "behov": ["x"], "alder": {"fra": 18, "til": 30}, "center": "c", "kommune": "k", "status": "aktiv"}

        ikke json
        {"id": "b", "navn": "B", "kort": "K", "behov": ["x"], "status": "aktiv", "ukendt": 1}
        ["en", "liste"]
        {"id": "c", "navn": "C", "kort": "K", "behov": ["x"],}

        """)
        let catalog = try CatalogLoader(today: today).load(path: file)
        #expect(catalog.offers.map(\.id) == ["a", "b"])
        #expect(catalog.offers[0].ages == AgeRange(from: 18, to: 30))
        #expect(catalog.offers[0].municipality == "k")
        #expect(catalog.errors.contains { $0.line == 3 && $0.message.contains("ikke gyldig JSON") && $0.message.contains("tegn 1") })
        #expect(catalog.errors.contains { $0.line == 5 && $0.message.contains("ikke et JSON-objekt") })
        #expect(catalog.errors.contains { $0.line == 6 && $0.message.contains("ikke gyldig JSON") && $0.message.contains("tegn 54") })
        #expect(catalog.errors.contains { $0.line == 4 && $0.message.contains("ukendt felt 'ukendt'") })
    }

    @Test func municipalityDefaultsFromKommuneYAML() throws {
        let fixture = CatalogFixture()
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.offers.allSatisfy { $0.municipality == "testby" })
    }

    @Test func anOfferFileThatCannotBeReadIsAnErrorAndTheRestIsRead() throws {
        let fixture = CatalogFixture()
        try FileManager.default.createDirectory(atPath: fixture.folder.at("tilbud/mappe.yaml"), withIntermediateDirectories: true)
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.offers.count == 3)
        #expect(catalog.errors.map(\.description) == ["\(fixture.path)/tilbud/mappe.yaml:1: fejl: filen kan ikke læses (mangler der rettigheder?)"])
    }

    @Test func missingCatalogueIsAClearError() {
        #expect(throws: CatalogError.notFound(path: "/findes/ikke")) {
            try CatalogLoader(today: today).load(path: "/findes/ikke")
        }
    }

    @Test func replacedFilesAreReadInsteadOfTheDiskAndNothingIsWritten() throws {
        let fixture = CatalogFixture()
        let before = try String(contentsOfFile: fixture.folder.at("tilbud/rygestop.yaml"), encoding: .utf8)
        let broken = Data("navn: Rygestop\nkort: x\nbehov: [ukendt]\ncenter: sundhedscenter\nstatus: aktiv\n".utf8)
        let added = Data(CatalogFixture.offer(name: "Nyt", summary: "Nyt.", needs: "[rygning]", centre: "sundhedscenter").utf8)
        let catalog = try CatalogLoader().load(path: fixture.path, replacing: ["tilbud/rygestop.yaml": broken, "tilbud/nyt.yaml": added])
        #expect(catalog.errors.map(\.file) == [fixture.path + "/tilbud/rygestop.yaml"])
        #expect(catalog.offers.map(\.id).contains("nyt"))
        #expect(try String(contentsOfFile: fixture.folder.at("tilbud/rygestop.yaml"), encoding: .utf8) == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.at("tilbud/nyt.yaml")))
    }
}

import OfferModel
