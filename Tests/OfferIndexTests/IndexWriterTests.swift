import Foundation
import OfferIndex
import OfferModel
import Testing
import TestSupport

@Suite struct IndexWriterTests {
    @Test func publishesAtomicallyAndKeepsOnePreviousGeneration() throws {
        let folder = TemporaryFolder()
        let location = IndexLocation(directory: folder.path)
        let writer = IndexWriter(location: location)
        let first = try writer.rebuild(SampleContent.content)
        #expect(first.offers == SampleContent.offers.count)
        let firstDatabase = try #require(location.currentDatabase())
        try writer.rebuild(SampleContent.content)
        try writer.rebuild(SampleContent.content)
        let generations = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("gen-") }
        #expect(generations.count == 2)
        #expect(!FileManager.default.fileExists(atPath: firstDatabase))
    }

    @Test func anUnfinishedBuildIsIgnoredAndCleanedUp() throws {
        let folder = TemporaryFolder()
        let location = IndexLocation(directory: folder.path)
        try IndexWriter(location: location).rebuild(SampleContent.content)
        folder.write(".bygger-1-1/rester", "en build, der blev afbrudt")
        let searcher = try OfferSearcher(location: location)
        #expect(try searcher.search(SearchRequest(text: "diabetes")).total == 1)
        try IndexWriter(location: location).rebuild(SampleContent.content)
        #expect(!FileManager.default.fileExists(atPath: folder.at(".bygger-1-1")))
    }

    @Test func aFailingBuildLeavesTheOldIndexAnswering() throws {
        let folder = TemporaryFolder()
        let location = IndexLocation(directory: folder.path)
        try IndexWriter(location: location).rebuild(SampleContent.content)
        let before = location.currentDatabase()
        var broken = SampleContent.content
        broken.offers.append(Offer(id: String(repeating: "x", count: 300), name: "Lang", summary: "id for lang til Xapian", needs: []))
        #expect(throws: IndexError.self) { try IndexWriter(location: location).rebuild(broken) }
        #expect(location.currentDatabase() == before)
        #expect(try OfferSearcher(location: location).search(SearchRequest(text: "diabetes")).total == 1)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".bygger-") }
        #expect(leftovers.isEmpty)
    }

    @Test func storesTheVocabularyForTheSearcher() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let vocabulary = try searcher.vocabulary()
        #expect(vocabulary.municipality.name == "Testby Kommune")
        #expect(vocabulary.needs.first { $0.id == "rygning" }?.name == "Rygning")
        #expect(vocabulary.needs.contains { $0.id == "motion" }, "behov brugt af tilbud, men ikke i behov.yaml, får en kode")
        #expect(vocabulary.centres.map(\.id).sorted() == ["aeldre", "sundhed"])
        _ = folder
    }
}

@Suite struct IndexUpdateTests {
    @Test func writesOnlyWhatChangedAndARunningSearcherSeesIt() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let live = searcher.location.currentDatabase()
        #expect(try searcher.search(SearchRequest(text: "hjemmebesøg")).total == 1)
        var content = SampleContent.content
        content.offers[0].summary = "Rygestopkurser på apoteket og i sundhedshuset."
        content.offers.removeAll { $0.id == "hjemmebesoeg" }
        let report = try IndexWriter(location: searcher.location).update(content)
        #expect(report.mode == .incremental)
        #expect(report.changed == 1 && report.removed == 1)
        #expect(searcher.location.currentDatabase() == live)
        #expect(try searcher.search(SearchRequest(text: "sundhedshuset")).ids == ["rygestop"])
        #expect(try searcher.search(SearchRequest(text: "sundhedshuset")).hits.first?.offer.summary == content.offers[0].summary,
                "hittet viser den nye tekst fra tilbudslageret")
        #expect(try searcher.offer(id: "rygestop")?.summary == content.offers[0].summary)
        #expect(try searcher.offer(id: "hjemmebesoeg") == nil)
        #expect(try searcher.search(SearchRequest(text: "hjemmebesøg")).total == 0)
        #expect(try searcher.search(SearchRequest(needs: ["rygning"])).total == 1, "filtre følger med")
        #expect(try searcher.search(SearchRequest(text: "ældre")).needCounts["aeldre"] == 1, "facetter tælles af den nye revision")
        _ = live
        _ = folder
    }

    /// A searcher keeps term frequencies and snippets per revision: an update in place must
    /// not leave a word it did not know unknown, or a snippet of the old text.
    @Test func keptWordsAndSnippetsFollowAnUpdateInPlace() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let before = try searcher.search(SearchRequest(text: "sundhedshuset"))
        #expect(before.total == 0 && before.ignoredWords == ["sundhedshuset"])
        func snippet() throws -> String {
            try searcher.search(SearchRequest(text: "rygestopkurser")).hits.first { $0.offer.id == "rygestop" }?
                .snippet.map(\.text).joined() ?? ""
        }
        #expect(try snippet().contains("Vi holder rygestopkurser"))
        var content = SampleContent.content
        content.offers[0].description = "Nu holder vi rygestopkurser i sundhedshuset."
        #expect(try IndexWriter(location: searcher.location).update(content).mode == .incremental)
        #expect(try searcher.search(SearchRequest(text: "sundhedshuset")).ids == ["rygestop"])
        #expect(try snippet() == "Nu holder vi rygestopkurser i sundhedshuset.")
        _ = folder
    }

    /// The age filter reads ages from a table per revision: an update must not leave it stale.
    @Test func theAgeFilterFollowsAnUpdateInPlace() throws {
        let (searcher, folder) = try SampleContent.searcher()
        #expect(try searcher.search(SearchRequest(age: 7, limit: 50)).ids.contains("boernevaegt"))
        var content = SampleContent.content
        content.offers[content.offers.firstIndex { $0.id == "boernevaegt" }!].ages = AgeRange(from: 10, to: 12)
        content.offers.append(Offer(id: "svoemning", name: "Babysvømning", summary: "Svømning for de mindste.",
                                    needs: ["motion"], ages: AgeRange(from: 0, to: 7), centre: "sundhed", municipality: "testby"))
        #expect(try IndexWriter(location: searcher.location).update(content).mode == .incremental)
        let seven = try searcher.search(SearchRequest(age: 7, limit: 50)).ids
        #expect(seven.contains("svoemning") && !seven.contains("boernevaegt"))
        #expect(try searcher.offer(id: "svoemning")?.name == "Babysvømning", "et nyt tilbud får en ny plads i lageret")
        #expect(try Set(searcher.search(SearchRequest(age: 11, limit: 50)).ids).isSuperset(of: ["boernevaegt", "diabetes"]))
        #expect(try !searcher.search(SearchRequest(age: 8, limit: 50)).ids.contains("svoemning"))
        _ = folder
    }

    @Test func theRevisionMovesWithEveryUpdateAndBuildButNotWithoutOne() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let location = searcher.location
        let first = try #require(location.currentRevision())
        #expect(location.currentRevision() == first, "samme indhold, samme revision")
        var content = SampleContent.content
        content.offers[0].summary = "Ændret tekst."
        #expect(try IndexWriter(location: location).update(content).mode == .incremental)
        let updated = try #require(location.currentRevision())
        #expect(updated != first, "en opdatering på stedet er en ny revision")
        try IndexWriter(location: location).rebuild(content)
        #expect(location.currentRevision() != updated, "en ny generation er en ny revision")
        #expect(IndexLocation(directory: folder.at("intet")).currentRevision() == nil)
    }

    @Test func nothingChangedWritesNothing() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let report = try IndexWriter(location: searcher.location).update(SampleContent.content)
        #expect(report.mode == .incremental && report.changed == 0 && report.removed == 0)
        _ = folder
    }

    @Test func aNeedNoOfferUsesAnyMoreMeansAFullBuild() throws {
        let (searcher, folder) = try SampleContent.searcher()
        var content = SampleContent.content
        content.offers.removeAll { $0.id == "pause" }
        #expect(try IndexWriter(location: searcher.location).update(content).mode == .full)
        _ = folder
    }

    @Test func aChangedSynonymTableMeansAFullBuild() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let live = searcher.location.currentDatabase()
        var content = SampleContent.content
        content.synonyms = SynonymTable(["tobak": ["rygestop"]])
        let report = try IndexWriter(location: searcher.location).update(content)
        #expect(report.mode == .full)
        #expect(searcher.location.currentDatabase() != live)
        #expect(try searcher.search(SearchRequest(text: "tobak")).ids.first == "rygestop")
        _ = folder
    }

    /// The offer store only grows in place; once most of it is dead bytes (here: what crashed
    /// updates left), the next update writes a fresh generation, and the search is unchanged.
    @Test func aStoreOfMostlyDeadBytesMeansAFullBuild() throws {
        let (searcher, folder) = try SampleContent.searcher()
        let location = searcher.location
        let database = try #require(location.currentDatabase())
        let store = try FileHandle(forWritingTo: URL(fileURLWithPath: database + "/offers.store"))
        try store.seekToEnd()
        try store.write(contentsOf: Data(repeating: 0x2A, count: 1 << 20))
        var content = SampleContent.content
        content.offers[0].summary = "Rygestopkurser i sundhedshuset."
        #expect(try IndexWriter(location: location).update(content).mode == .incremental, "1 MiB døde bytes er tilladt")

        try store.write(contentsOf: Data(repeating: 0x2A, count: 8 << 20))
        try store.close()
        content.offers[0].summary = "Rygestopkurser på apoteket."
        let report = try IndexWriter(location: location).update(content)
        #expect(report.mode == .full)
        let fresh = try #require(location.currentDatabase())
        #expect(fresh != database)
        let size = try FileManager.default.attributesOfItem(atPath: fresh + "/offers.store")[.size] as! Int
        #expect(size < 1 << 20)
        #expect(try searcher.search(SearchRequest(text: "apoteket")).hits.first?.offer.summary == "Rygestopkurser på apoteket.")
        #expect(try searcher.search(SearchRequest(text: "sundhedshuset")).total == 0)
        _ = folder
    }

    @Test func withoutAnIndexUpdateBuildsOne() throws {
        let folder = TemporaryFolder()
        let report = try IndexWriter(location: IndexLocation(directory: folder.path)).update(SampleContent.content)
        #expect(report.mode == .full && report.offers == SampleContent.offers.count)
    }
}
