import OfferIndex
import OfferModel
import Testing
import TestSupport

/// Staff language: synonyms, compounds, aa/oe/ae, typos, ages in the text.
@Suite struct QueryPlannerTests {
    @Test func layWordsFindProfessionalOnesThroughSynonyms() throws {
        let (searcher, folder) = try SampleContent.searcher()
        #expect(try searcher.search(SearchRequest(text: "sukkersyge")).ids.first == "diabetes")
        #expect(try searcher.search(SearchRequest(text: "vil gerne holde op med at ryge")).ids.first == "rygestop")
        _ = folder
    }

    @Test func compoundsSplitIntoKnownWords() throws {
        let (searcher, folder) = try SampleContent.searcher()
        #expect(try searcher.search(SearchRequest(text: "rygestop")).ids.first == "rygestop")
        #expect(try searcher.search(SearchRequest(text: "tandplejetilbud")).ids.first == "tandpleje")
        #expect(try searcher.search(SearchRequest(text: "tiptaptynde")).ids.first == "boernevaegt")
        _ = folder
    }

    @Test func asciiSpellingsOfDanishLetters() throws {
        let (searcher, folder) = try SampleContent.searcher()
        #expect(try searcher.search(SearchRequest(text: "hjemmebesoeg")).ids.first == "hjemmebesoeg")
        #expect(try searcher.search(SearchRequest(text: "aeldre")).total == 3)
        _ = folder
    }

    @Test func typosAreCorrectedWithASuggestion() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let result = try searcher.search(SearchRequest(text: "ensomhd"))
        #expect(result.ids.first == "vennekreds")
        #expect(result.suggestion == "ensomhed")
        _ = folder
    }

    /// "help" is not a misspelt "hele": plain words of English, Arabic, Turkish and Urdu are
    /// never corrected into Danish ones (the semantic side answers them).
    @Test func wordsOfOtherLanguagesAreNeverCorrected() throws {
        var content = SampleContent.content
        content.offers[0].description += " Hele familien kan være med, også de ældre."
        let (searcher, folder) = try SampleContent.searcher(content)
        #expect(try searcher.search(SearchRequest(text: "hel")).total > 0)
        for text in ["help", "helping smoking", "أريد الإقلاع", "sigarayı bırakmak", "سگریٹ"] {
            let result = try searcher.search(SearchRequest(text: text))
            #expect(result.suggestion == nil, "\(text) blev rettet til \(result.suggestion ?? "")")
        }
        #expect(try searcher.search(SearchRequest(text: "ældee")).suggestion == "ældre", "a Danish typo is still corrected")
        _ = folder
    }

    /// Everyday words ("brug", "gøre", "forskellige") never make a match on their own, and words
    /// the index does not know count against coverage.
    @Test func everydayWordsMakeNoMatchAlone() throws {
        var content = SampleContent.content
        content.offers[1].description += " Her kan man gøre brug af mange forskellige ting."
        let (searcher, folder) = try SampleContent.searcher(content)
        let result = try searcher.search(SearchRequest(text: "har brug for at gøre forskellige ting med piller"))
        #expect(result.quality != .good)
        #expect(!result.ids.contains("vennekreds") || result.hits.first { $0.offer.id == "vennekreds" }!.coverage == 0)
        #expect(try searcher.search(SearchRequest(text: "brug")).ids.first == "vennekreds", "alone, an everyday word is still searched")
        _ = folder
    }

    /// Whose situation it is ("min mor") says nothing of the need: an offer that mentions a
    /// mother does not answer "min mor har sukkersyge", and the diabetes offer answers it in full.
    @Test func familyWordsSayWhoNotWhat() throws {
        var content = SampleContent.content
        content.offers[1].description += " Mange kommer med deres mor eller far."
        let (searcher, folder) = try SampleContent.searcher(content)
        let result = try searcher.search(SearchRequest(text: "min mor har sukkersyge"))
        #expect(result.ids == ["diabetes"] && result.hits.first?.coverage == 1)
        #expect(try searcher.search(SearchRequest(text: "mor")).ids == ["vennekreds"], "alone, a family word is still searched")
        _ = folder
    }

    /// Both words are in the spelling data (from synonym phrases) but neither is in the index, so
    /// each is the other's correction; the search used to recurse until the stack ran out.
    @Test func aCorrectionIsNotCorrectedAgain() throws {
        var content = SampleContent.content
        content.synonyms = SynonymTable(["nybagt mor": ["diabetes"], "nybagte forældre": ["ensomhed"]])
        let (searcher, folder) = try SampleContent.searcher(content)
        for word in ["nybagt", "nybagte"] {
            let result = try searcher.search(SearchRequest(text: word))
            #expect(result.total == 0, "\(word)")
        }
        _ = folder
    }

    @Test func goodWordsAreNeverRewritten() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let result = try searcher.search(SearchRequest(text: "diabetes"))
        #expect(result.suggestion == nil)
        #expect(result.ids == ["diabetes"])
        _ = folder
    }

    @Test func anAgeInTheTextBecomesTheAgeFilter() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let result = try searcher.search(SearchRequest(text: "82-årig enkemand der sidder meget alene"))
        #expect(result.age == 82 && result.ageFromText)
        #expect(result.ids.first == "vennekreds")
        let given = try searcher.search(SearchRequest(text: "82-årig alene", age: 50))
        #expect(given.age == 50 && !given.ageFromText)
        #expect(given.total == 0)
        _ = folder
    }

    /// Ages as staff and relatives say them (issue 26): each becomes the age filter, and a
    /// decade the ten ages; a number that is not an age is left alone.
    @Test func everydayAgesBecomeTheAgeFilter() throws {
        let (searcher, folder) = try SampleContent.searcher()
        for text in ["min mor på 79 er alene", "79 år og alene", "en 79 årig der er alene", "79-årig alene", "alene, 79 years old"] {
            let result = try searcher.search(SearchRequest(text: text))
            #expect(result.age == 79 && result.ageTo == nil && result.ageFromText, "\(text)")
            #expect(result.ids.first == "vennekreds", "\(text)")
        }
        let decade = try searcher.search(SearchRequest(text: "alene i 80'erne"))
        #expect(decade.age == 80 && decade.ageTo == 89 && decade.ageFromText)
        #expect(try searcher.search(SearchRequest(text: "hun er i firserne og alene")).ageTo == 89)
        #expect(try searcher.search(SearchRequest(text: "klinikken på 5 sal")).age == nil)
        #expect(try searcher.search(SearchRequest(text: "rygestop på 2 timer")).age == nil)
        // A span admits an offer whose range overlaps it: 70-79 reaches hjemmebesøg from 75.
        #expect(try searcher.search(SearchRequest(text: "besøg hjemme i 70'erne")).ids == ["hjemmebesoeg"])
        _ = folder
    }

    /// "Mente du" replaces the misspelt word and nothing else, and never a Danish dictionary
    /// word ("taler" is not a misspelt "tager").
    @Test func suggestionsRewriteOnlyMisspeltWords() throws {
        var content = SampleContent.content
        content.offers.append(Offer(id: "modtagelse", name: "Modtagelsen", summary: "Vi tager imod alle.", needs: ["ensomhed"],
                                    centre: "aeldre", municipality: "testby"))
        let (searcher, folder) = try SampleContent.searcher(content)
        #expect(try searcher.search(SearchRequest(text: "Min mor er ensomhd")).suggestion == "Min mor er ensomhed")
        #expect(try searcher.search(SearchRequest(text: "taler")).suggestion == nil)
        _ = folder
    }

    /// A query in another language lists no words "uden match" and is never corrected.
    @Test func aQueryInAnotherLanguageIsNotTreatedAsBadDanish() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let english = try searcher.search(SearchRequest(text: "my mother is lonely and speaks only Arabic"))
        #expect(english.language == .english && english.ignoredWords.isEmpty && english.suggestion == nil)
        let danish = try searcher.search(SearchRequest(text: "min mor er ensom og taler kun arabisk"))
        #expect(danish.language == .danish && danish.ignoredWords.contains("arabisk"))
        _ = folder
    }

    @Test func nothingFitsIsSaidPlainly() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let result = try searcher.search(SearchRequest(text: "pas til udlandet"))
        #expect(result.quality != .good)
        #expect(result.ignoredWords.contains("udlandet"))
        _ = folder
    }

    @Test func plainModeMatchesWordByWordLikeThePeers() throws {
        let (searcher, folder) = try SampleContent.searcher(options: .plain)
        #expect(try searcher.search(SearchRequest(text: "sukkersyge", expansion: false)).total == 0)
        #expect(try searcher.search(SearchRequest(text: "ældre tandpleje", expansion: false)).ids == ["tandpleje"])
        #expect(try searcher.search(SearchRequest(text: "ældre tandpleje", expansion: false, allWords: false)).total == 3)
        _ = folder
    }
}
