@testable import OfferIndex
import OfferModel
import Testing
import TestSupport

/// Words and stems, the same for the index and the search (`TextAnalyzer`).
@Suite struct TextAnalyzerTests {
    /// Danish Snowball turns "demens" into "dem" (them) and "mener" into "men" (but); guarded,
    /// such a word keeps its own form, and its inflections that stem to it still meet it.
    @Test func guardedStemsKeepWordsTheStemmerMakesStopWords() throws {
        let guarded = try TextAnalyzer(options: IndexOptions()), plain = try TextAnalyzer()
        #expect(plain.stem("demens") == "dem" && plain.stem("mener") == "men")
        #expect(guarded.stem("demens") == "demens" && guarded.stem("demensen") == "demens")
        #expect(guarded.stem("mener") == "mener")
        // Stop words themselves and ordinary words stem as before.
        #expect(guarded.stem("dem") == "dem" && guarded.stem("dette") == plain.stem("dette"))
        #expect(guarded.stem("rygestopkurser") == plain.stem("rygestopkurser"))
    }

    /// A search for dementia does not find an offer only because it says "dem"; the plain index
    /// of the shared benchmark keeps the stemmer's own terms, as its peers do.
    @Test func aSearchForDementiaSkipsOffersThatSayThem() throws {
        let offers = [
            Offer(id: "demenscafe", name: "Demenscafé", summary: "Et mødested for borgere med demens og deres pårørende.",
                  needs: ["demens"], centre: "sundhed", access: [.selfReferral], municipality: "testby"),
            Offer(id: "gaahold", name: "Gåhold", summary: "Gåture for dem, der vil i gang igen.",
                  needs: ["motion"], centre: "sundhed", access: [.selfReferral], municipality: "testby"),
        ]
        let content = IndexContent(offers: offers, needs: [Need(id: "demens", name: "Demens"), Need(id: "motion", name: "Motion")],
                                   centres: [Centre(id: "sundhed", name: "Sundhedscentret")],
                                   municipality: Municipality(id: "testby", name: "Testby Kommune"), synonyms: SynonymTable([:]))
        let (searcher, folder) = try SampleContent.searcher(content)
        #expect(try searcher.search(SearchRequest(text: "demens")).ids == ["demenscafe"])
        #expect(try searcher.search(SearchRequest(text: "demensen")).ids == ["demenscafe"])
        let (plain, plainFolder) = try SampleContent.searcher(content, options: .plain)
        #expect(try plain.search(SearchRequest(text: "demens", expansion: false)).ids.sorted() == ["demenscafe", "gaahold"])
        _ = (folder, plainFolder)
    }
}
