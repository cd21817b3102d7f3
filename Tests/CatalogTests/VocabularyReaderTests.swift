import Catalog
import OfferModel
import Testing
import TestSupport

@Suite struct VocabularyReaderTests {
    let today = CalendarDate("2026-11-24")!

    @Test func readsNeedsCentresAndSynonyms() throws {
        let fixture = CatalogFixture()
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.need("rygning")?.name == "Rygning og tobak")
        #expect(catalog.centre("sundhedscenter")?.contact.phone == "11 22 33 44")
        #expect(catalog.synonyms.entries["holde op med at ryge"] == ["rygestop"])
    }

    @Test func badVocabularyEntriesAreErrors() throws {
        let fixture = CatalogFixture()
        fixture.folder.write("behov.yaml", "rygning:\n  navn: Rygning\nKost_og_vægt:\n  beskrivelse: mangler navn\n")
        fixture.folder.write("synonymer.yaml", "sukkersyge: []\n")
        let errors = try CatalogLoader(today: today).load(path: fixture.path).errors
        #expect(errors.contains { $0.file.hasSuffix("behov.yaml") && $0.line == 3 && $0.message.contains("må kun have små bogstaver") })
        #expect(errors.contains { $0.file.hasSuffix("behov.yaml") && $0.message.contains("mangler 'navn'") })
        #expect(errors.contains { $0.file.hasSuffix("synonymer.yaml") && $0.line == 1 })
    }
}
