import Catalog
@testable import Directory
import Foundation
import OfferIndex
import OfferModel
import TestSupport
import Testing

@Suite struct OfferDirectoryTests {
    @Test func reindexThenSearchTheFixture() throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        let (catalog, report) = try directory.reindex()
        #expect(catalog.isValid && report.offers == 3)
        let response = try directory.search(SearchRequest(text: "holde op med at ryge"))
        #expect(response.results.first?.offer.id == "rygestop")
        #expect(response.results.first?.centreName == "Sundhedscentret")
        #expect(response.facets.needs.first?.name == "Rygning og tobak")
    }

    @Test func aBrokenCatalogueNeverReplacesAGoodIndex() throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        try directory.reindex()
        let live = directory.index.currentDatabase()

        fixture.write("vennekreds", "navn: Vennekredsen\nkort: [ikke lukket\nbehov: [ensomhed-og-faellesskab]\n")
        do {
            _ = try directory.reindex()
            Issue.record("reindex burde afvise et katalog med fejl")
        } catch {
            guard case let .invalidCatalog(errors) = error else { Issue.record("forkert fejl \(error)"); return }
            #expect(errors.contains { $0.file.hasSuffix("tilbud/vennekreds.yaml") && $0.line >= 2 })
        }
        #expect(directory.index.currentDatabase() == live)
        #expect(try directory.search(SearchRequest(text: "ensomme")).results.first?.offer.id == "vennekreds")
    }

    @Test func unknownOfferIsAClearError() throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        try directory.reindex()
        #expect(try directory.offer(id: "rygestop").offer.name == "Rygestopkursus")
        do {
            _ = try directory.offer(id: "findes-ikke")
            Issue.record("ukendt id burde fejle")
        } catch {
            #expect(error.description == "Der er intet tilbud med id 'findes-ikke'.")
        }
    }

    @Test func searchBeforeAnyIndexSaysWhatToDo() {
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: "/ingen", indexPath: index.path)
        do {
            _ = try directory.search(SearchRequest(text: "x"))
            Issue.record("søgning uden indeks burde fejle")
        } catch {
            #expect(error.description.contains("tilbud index"))
        }
    }

    @Test func publishedGivesEveryIndexedOffer() throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        try directory.reindex()
        let published = try directory.published()
        #expect(published.offers.map(\.id) == ["boernevaegt", "rygestop", "vennekreds"])
        #expect(published.municipality.name == "Testby Kommune")
        #expect(published.centre("sundhedscenter")?.contact.phone == "11 22 33 44")
    }

    /// What the web server may answer on an event loop: nothing that has to call the model.
    @Test func searchesAtOnceOnlyWhatNeedsNoModelCall() throws {
        let index = TemporaryFolder("straks")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path)
        _ = try directory.reindex()
        // The model's query vectors are kept per process, and other tests search for the same
        // sentences: a text of this test alone is certainly not embedded yet.
        let text = "far er begyndt at glemme ting nr. \(UInt32.random(in: 1...UInt32.max))"
        let situation = SearchRequest(text: text)
        #expect(try directory.searchAtOnce(situation) == nil, "the text's vector is not made yet")
        #expect(try directory.searchAtOnce(SearchRequest(text: "", age: 80)) != nil, "no text: nothing to embed")
        #expect(try directory.searchAtOnce(SearchRequest(text: "rygestop", expansion: false)) != nil, "lexical: nothing to embed")
        _ = try directory.search(situation)
        #expect(try directory.searchAtOnce(SearchRequest(text: text, limit: 3)) != nil, "the vector is in memory now")

        let lexical = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path, semantic: .off)
        #expect(try lexical.searchAtOnce(SearchRequest(text: "en helt ny sætning om søvn")) != nil)
        let unbuilt = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: TemporaryFolder("intet-indeks").path, semantic: .off)
        #expect(try unbuilt.searchAtOnce(SearchRequest(text: "rygestop")) == nil, "no index: the route says why")
    }
}
