import Catalog
import OfferModel
import Testing
import TestSupport

/// Each field rule, shown by one broken offer file in an otherwise valid catalogue.
@Suite struct OfferReaderTests {
    let today = CalendarDate("2026-11-24")!

    private func findings(for text: String, id: String = "broken") throws -> [Finding] {
        let fixture = CatalogFixture()
        fixture.write(id, text)
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        return catalog.findings.filter { $0.file.hasSuffix("tilbud/\(id).yaml") }
    }

    private func expectError(_ text: String, line: Int, containing fragment: String, id: String = "broken") throws {
        let found = try findings(for: text, id: id).filter { $0.severity == .error }
        #expect(found.contains { $0.line == line && $0.message.contains(fragment) },
                "ventede fejl på linje \(line) med '\(fragment)', fik: \(found.map(\.description))")
    }

    @Test func yamlSyntaxErrorNamesTheLine() throws {
        try expectError("navn: Test\nkort: Et: to: tre\nbehov: [rygning]\nstatus: aktiv\n", line: 2, containing: "YAML-fejl")
    }

    @Test func unknownFieldIsAnErrorWithAHint() throws {
        let text = CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter", extra: "beskrivelsen: tekst")
        try expectError(text, line: 6, containing: "ukendt felt 'beskrivelsen' (mente du 'beskrivelse'?)")
    }

    @Test func requiredFieldsMustBeThere() throws {
        let found = try findings(for: "beskrivelse: kun dette\n").filter { $0.severity == .error }.map(\.message)
        #expect(found.contains { $0.contains("'navn' mangler") })
        #expect(found.contains { $0.contains("'kort' mangler") })
        #expect(found.contains { $0.contains("'behov' mangler") })
        #expect(found.contains { $0.contains("'status' mangler") })
    }

    @Test func ageFromMustNotExceedAgeTo() throws {
        let text = CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter", extra: "alder:\n  fra: 80\n  til: 65")
        try expectError(text, line: 6, containing: "alder.fra (80) er større end alder.til (65)")
    }

    @Test func ageMustBeAWholeNumber() throws {
        let text = CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter", extra: "alder:\n  fra: halvfjerds")
        try expectError(text, line: 7, containing: "skal være et helt tal")
    }

    @Test func badDateIsAnError() throws {
        let text = CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter", extra: "sidst_verificeret: 31-12-2025")
        try expectError(text, line: 6, containing: "skal være en dato")
    }

    @Test func unknownStatusAccessAndKind() throws {
        try expectError("navn: A\nkort: B\nbehov: [rygning]\nstatus: lukket\n", line: 4, containing: "ukendt status 'lukket'")
        let access = CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter", extra: "adgang: [ring-bare]")
        try expectError(access, line: 6, containing: "ukendt adgang 'ring-bare'")
        let kind = CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter", extra: "tilbudstype: fest")
        try expectError(kind, line: 6, containing: "ukendt tilbudstype 'fest'")
    }

    @Test func badIDIsAnError() throws {
        let text = CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter")
        try expectError(text, line: 1, containing: "må kun have små bogstaver", id: "Rygestop_Kursus")
    }

    @Test func phoneAndEmailAreChecked() throws {
        let text = CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter",
                                        extra: "kontakt:\n  telefon: ring til Bente\n  email: bente.testby.dk")
        try expectError(text, line: 7, containing: "telefonnummeret")
        try expectError(text, line: 8, containing: "ikke en e-mailadresse")
    }

    @Test func summaryMustBeOneLine() throws {
        try expectError("navn: A\nkort: |\n  linje et\n  linje to\nbehov: [rygning]\nstatus: aktiv\n", line: 2, containing: "én linje")
    }

    @Test func internalFieldsAreReadButKeptApart() throws {
        let fixture = CatalogFixture()
        fixture.write("intern", CatalogFixture.offer(name: "A", summary: "B", needs: "[rygning]", centre: "sundhedscenter",
                                                     extra: "intern:\n  note: Kun for personalet\n  telefon: \"99 99 99 99\""))
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        let offer = try #require(catalog.offers.first { $0.id == "intern" })
        #expect(offer.internalInfo?.note == "Kun for personalet")
        #expect(catalog.errors.isEmpty)
    }
}
