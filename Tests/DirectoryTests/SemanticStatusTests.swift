@testable import Directory
import Foundation
import OfferIndex
import OfferModel
import TestSupport
import Testing
import TextEmbedding

/// `OfferDirectory.semanticStatus` and the lexical fallback, with the real bundled catalogue.
@Suite struct SemanticStatusTests {
    @Test func withTheModelSearchIsHybrid() throws {
        let index = TemporaryFolder("semantik")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path)
        #expect(try directory.reindex().report.vectors)
        #expect(directory.semanticStatus.state == .ready)
        let response = try directory.search(SearchRequest(text: "far er begyndt at glemme ting"))
        #expect(response.ranking == "hybrid" && response.semantic == nil)
        #expect(response.results.prefix(2).contains { $0.offer.id == "demenscafe" })
        #expect(response.results.contains { $0.similarity != nil })
    }

    @Test func withoutAModelSearchIsLexicalAndSaysWhy() throws {
        let index = TemporaryFolder("semantik-uden")
        let nowhere = TemporaryFolder("ingen-model")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path,
                                       semantic: .package(folder: nowhere.path))
        #expect(try !directory.reindex().report.vectors)
        let status = directory.semanticStatus
        #expect(status.state == .unavailable && status.description.contains("leksikalsk"))
        let response = try directory.search(SearchRequest(text: "rygestop"))
        #expect(response.ranking == "leksikalsk" && response.semantic?.state == .unavailable)
        #expect(response.results.first?.offer.id == "rygestopkursus")
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(response)) as? [String: Any]
        let semantic = json?["semantik"] as? [String: Any]
        #expect(semantic?["status"] as? String == "utilgaengelig" && json?["rangering"] as? String == "leksikalsk")
    }

    @Test func switchedOffIsNotAnError() throws {
        let index = TemporaryFolder("semantik-fra")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path, semantic: .off)
        _ = try directory.reindex()
        #expect(directory.semanticStatus.state == .off)
        #expect(try directory.search(SearchRequest(text: "rygestop")).ranking == "leksikalsk")
    }

    @Test func anIndexBuiltWithoutVectorsIsReportedUntilRebuilt() throws {
        let index = TemporaryFolder("semantik-gammel")
        _ = try OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path, semantic: .off).reindex()
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path)
        #expect(directory.semanticStatus.state == .unavailable)
        #expect(try directory.search(SearchRequest(text: "kursus")).semantic?.description.contains("ingen vektorer") == true)
        _ = try directory.reindex()
        #expect(directory.semanticStatus.state == .ready)
    }
}
