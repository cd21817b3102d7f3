import OfferIndex
import OfferModel
import Testing
import TestSupport

@Suite struct OfferSearcherTests {
    @Test func findsByStemmedWords() throws {
        let (searcher, _folder) = try SampleContent.searcher()
        let result = try searcher.search(SearchRequest(text: "rygestopkurset"))
        #expect(result.ids.first == "rygestop")
        #expect(result.quality == .good)
        _ = _folder
    }

    /// Filter-only searches build a match-all query; many at once on every slot must neither
    /// crash nor disagree (a shared Xapian MatchAll once crashed the web server under load).
    @Test func manyThreadsSearchingAtOnceGetTheSameAnswers() async throws {
        let (searcher, folder) = try SampleContent.searcher()
        let requests = [SearchRequest(needs: ["rygning"]), SearchRequest(), SearchRequest(text: "rygestop"), SearchRequest(age: 80)]
        let expected = try requests.map { try searcher.search($0).total }
        let answers = await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var totals: [Int] = []
                    for round in 0..<1_500 {
                        totals.append((try? searcher.search(requests[round % requests.count]).total) ?? -1)
                    }
                    return totals
                }
            }
            return await group.reduce(into: [[Int]]()) { $0.append($1) }
        }
        for totals in answers {
            #expect(totals.enumerated().allSatisfy { $0.element == expected[$0.offset % requests.count] })
        }
        _ = folder
    }

    @Test func endedOffersNeverShowAndPausedOnesDo() throws {
        let (searcher, folder) = try SampleContent.searcher()
        #expect(try !searcher.search(SearchRequest(text: "rygeprojekt")).ids.contains("slut"))
        #expect(try searcher.search(SearchRequest(text: "gåhold")).hits.first?.offer.status == .paused)
        #expect(try searcher.offer(id: "slut")?.status == .ended)
        _ = folder
    }

    @Test func ageFilterTreatsMissingBoundsAsOpen() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let eighty = try searcher.search(SearchRequest(age: 80, limit: 50)).ids
        #expect(Set(eighty) == ["rygestop", "vennekreds", "diabetes", "pause", "tandpleje", "hjemmebesoeg"])
        let seven = try searcher.search(SearchRequest(age: 7, limit: 50)).ids
        #expect(seven.contains("boernevaegt") && !seven.contains("rygestop") && !seven.contains("hjemmebesoeg"))
        let twelve = try searcher.search(SearchRequest(age: 12, limit: 50)).ids
        #expect(twelve.contains("boernevaegt"))
        _ = folder
    }

    @Test func needCentreAccessAndMunicipalityFilters() throws {
        let (searcher, folder) = try SampleContent.searcher()
        #expect(try searcher.search(SearchRequest(needs: ["kronisk"])).ids == ["diabetes"])
        #expect(Set(try searcher.search(SearchRequest(needs: ["kronisk", "rygning"])).ids) == ["diabetes", "rygestop"])
        #expect(Set(try searcher.search(SearchRequest(centres: ["aeldre"], limit: 50)).ids) == ["vennekreds", "pause", "tandpleje", "hjemmebesoeg"])
        #expect(Set(try searcher.search(SearchRequest(access: [.doctorReferral])).ids) == ["diabetes", "boernevaegt"])
        #expect(try searcher.search(SearchRequest(municipality: "andenby")).ids == ["tandpleje"])
        _ = folder
    }

    @Test func facetsCountEveryMatchPerNeedAndCentre() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let result = try searcher.search(SearchRequest(text: "ældre", limit: 1))
        #expect(result.total == 3)
        #expect(result.hits.count == 1)
        #expect(result.needCounts == ["ensomhed": 1, "aeldre": 2, "tand": 1])
        #expect(result.centreCounts == ["aeldre": 3])
        _ = folder
    }

    @Test func emptyTextWithFiltersListsAllThatFit() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let result = try searcher.search(SearchRequest(text: "", centres: ["sundhed"], limit: 50))
        #expect(Set(result.ids) == ["rygestop", "diabetes", "boernevaegt"])
        #expect(result.quality == .good)
        _ = folder
    }

    @Test func snippetMarksTheMatchedWords() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let hit = try #require(try searcher.search(SearchRequest(text: "ensomhed")).hits.first)
        #expect(hit.snippet.contains { $0.marked && $0.text == "ensomhed" })
        _ = folder
    }

    @Test func strangeInputNeverCrashes() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let inputs = ["\"rygestop", "AND OR NOT", "( ) [ ] { } * ? ~ ^", String(repeating: "ensomhed ", count: 1200),
                      "🚭 rygestop 😀", "ryge\u{0}stop\u{7}\u{1B}[31m", "   ", "-", "NOT rygestop", "a\"b'c",
                      String(repeating: "x", count: 10_000), "82-årig", "ÆØÅ æøå"]
        for text in inputs {
            let result = try searcher.search(SearchRequest(text: text))
            #expect(result.total >= 0)
        }
        #expect(try searcher.search(SearchRequest(text: String(repeating: "ensomhed ", count: 1200))).truncated)
        _ = folder
    }

    @Test func picksUpANewIndexWithoutRestart() throws {
        let (searcher, folder) = try SampleContent.searcher()
        #expect(try searcher.search(SearchRequest(text: "svømning")).total == 0)
        var content = SampleContent.content
        content.offers.append(Offer(id: "svoem", name: "Svømning for alle", summary: "Svømning i hallen.", needs: ["motion"]))
        try IndexWriter(location: searcher.location).rebuild(content)
        #expect(try searcher.search(SearchRequest(text: "svømning")).ids == ["svoem"])
        _ = folder
    }

    @Test func missingIndexIsAClearError() {
        let folder = TemporaryFolder()
        #expect(throws: IndexError.missing(path: folder.path)) {
            try OfferSearcher(location: IndexLocation(directory: folder.path))
        }
    }
}
