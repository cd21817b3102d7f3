import Catalog
import OfferModel
import Testing
import TestSupport

/// Rules across files: known ids, duplicates, and the warnings each centre acts on.
@Suite struct CatalogRulesTests {
    let today = CalendarDate("2026-11-24")!

    @Test func fixtureIsValidWithoutWarnings() throws {
        let fixture = CatalogFixture()
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.offers.count == 3)
        #expect(catalog.findings.isEmpty, "\(catalog.findings.map(\.description))")
    }

    @Test func unknownNeedAndCentreAreErrorsOnTheirLines() throws {
        let fixture = CatalogFixture()
        fixture.write("x", "navn: X\nkort: Y\nbehov: [rygnig]\ncenter: sundhedscentret\nstatus: aktiv\n")
        let errors = try CatalogLoader(today: today).load(path: fixture.path).errors
        #expect(errors.contains { $0.line == 3 && $0.message.contains("ukendt behov 'rygnig' (mente du 'rygning'?)") })
        #expect(errors.contains { $0.line == 4 && $0.message.contains("ukendt center 'sundhedscentret'") })
    }

    @Test func duplicateIDsAcrossYAMLAndJSONLines() throws {
        let fixture = CatalogFixture()
        fixture.folder.write("landsdata.jsonl", #"{"id": "rygestop", "navn": "Dublet", "kort": "K", "behov": ["rygning"], "status": "aktiv"}"# + "\n")
        let errors = try CatalogLoader(today: today).load(path: fixture.path).errors
        #expect(errors.contains { $0.file.hasSuffix("landsdata.jsonl") && $0.line == 1 && $0.message.contains("findes også i") })
    }

    @Test func warningsForMissingContactAccessAndOldVerification() throws {
        let fixture = CatalogFixture()
        fixture.write("tynd", "navn: Tynd\nkort: Et tilbud uden meget.\nbehov: [rygning]\ncenter: sundhedscenter\nstatus: aktiv\nsidst_verificeret: \"2025-01-15\"\n")
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.isValid)
        let warnings = catalog.warnings.filter { $0.file.hasSuffix("tynd.yaml") }.map(\.message)
        #expect(warnings.contains { $0.contains("ingen kontaktoplysninger") })
        #expect(warnings.contains { $0.contains("ingen adgangsvej") })
        #expect(warnings.contains { $0.contains("mere end 6 måneder siden") })
    }

    @Test func missingVerificationDateIsAWarning() throws {
        let fixture = CatalogFixture()
        fixture.write("ny", CatalogFixture.offer(name: "Ny", summary: "Ny.", needs: "[rygning]", centre: "sundhedscenter",
                                                 extra: "adgang: [egen-henvendelse]\nkontakt:\n  web: testby.dk"))
        let warnings = try CatalogLoader(today: today).load(path: fixture.path).warnings
        #expect(warnings.map(\.message) == ["'sidst_verificeret' mangler: ingen har bekræftet oplysningerne"])
    }

    @Test func endedOffersAreNotNaggedAbout() throws {
        let fixture = CatalogFixture()
        fixture.write("slut", CatalogFixture.offer(name: "Slut", summary: "Er stoppet.", needs: "[rygning]", centre: "sundhedscenter", status: "ophoert"))
        #expect(try CatalogLoader(today: today).load(path: fixture.path).findings.isEmpty)
    }

    @Test func summaryCountsPerCentre() throws {
        let fixture = CatalogFixture()
        fixture.write("tynd", "navn: Tynd\nkort: K\nbehov: [rygning]\ncenter: sundhedscenter\nstatus: aktiv\n")
        let summary = try CatalogLoader(today: today).load(path: fixture.path).summary
        #expect(summary.offers == 4 && summary.errors == 0 && summary.warnings == 3)
        let row = try #require(summary.rows.first { $0.centre == "sundhedscenter" })
        #expect(row.offers == 3 && row.warnings == 3)
        #expect(summary.description.hasPrefix("4 tilbud, 0 fejl, 3 advarsler"))
    }

    @Test func aRunningOfferWithoutACentreIsAnErrorNamingFileAndLine() throws {
        let fixture = CatalogFixture()
        fixture.write("uden", "navn: Uden\nkort: Uden ejer.\nbehov: [rygning]\nstatus: pause\n")
        fixture.write("slut", "navn: Slut\nkort: Er stoppet.\nbehov: [rygning]\nstatus: ophoert\n")
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(!catalog.isValid)
        let errors = catalog.errors.filter { $0.message.hasPrefix("'center' mangler") }
        #expect(errors.map(\.file) == [fixture.path + "/tilbud/uden.yaml"], "an ended offer needs no owner")
        #expect(errors.first?.line == 1 && errors.first?.field == "center")
        #expect(errors.first?.message.contains("aeldrecenter, sundhedscenter") == true)
    }

    @Test func contactDataIsReadInItsCanonicalFormAndOtherSchemesAreErrors() throws {
        let fixture = CatalogFixture()
        fixture.write("kontakt", CatalogFixture.offer(name: "K", summary: "K.", needs: "[rygning]", centre: "sundhedscenter",
                                                      extra: "kontakt:\n  telefon: 4357-7000\n  web: \"javascript:alert(1)\""))
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.offers.first { $0.id == "kontakt" }?.contact.phone == "43 57 70 00")
        #expect(catalog.errors.map(\.line) == [8] && catalog.errors[0].message.contains("webadressen 'javascript:alert(1)'"))
    }
}
