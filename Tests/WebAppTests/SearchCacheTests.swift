@testable import Directory
import Foundation
import Hummingbird
import HummingbirdTesting
import OfferIndex
import TestSupport
import Testing
@testable import WebApp

@Suite struct SearchCacheTests {
    @Test func keepsAnswersPerGenerationAndForgetsThemOnANewOne() {
        let cache = SearchCache<String, ByteBuffer>(capacity: 2)
        let request = "q=rygestop"
        cache.store(ByteBuffer(string: "a"), for: request, generation: "gen-1")
        #expect(cache.answer(request, generation: "gen-1") == ByteBuffer(string: "a"))
        #expect(cache.answer("q=rygestop&alder=40", generation: "gen-1") == nil)
        #expect(cache.answer(request, generation: "gen-2") == nil)
        cache.store(ByteBuffer(string: "b"), for: request, generation: "gen-2")
        #expect(cache.answer(request, generation: "gen-1") == nil)
        #expect(cache.answer(request, generation: nil) == nil)
    }

    @Test func sizeZeroKeepsNothing() {
        let cache = SearchCache<String, ByteBuffer>(capacity: 0)
        cache.store(ByteBuffer(string: "a"), for: "", generation: "gen-1")
        #expect(cache.answer("", generation: "gen-1") == nil)
    }

    /// The running server (the cache in its pipeline): the same search twice, then a new index
    /// with a new offer.
    @Test func theAPIServesTheNewIndexRightAfterARebuild() async throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("web-cache")
        // Lexical: the count of a word no offer has is 0 only without semantic hits.
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path, semantic: .off)
        _ = try await directory.reindex()
        let catalogue = fixture.folder
        let app = buildApplication(directory: directory)
        try await app.test(.live) { client in
            func count() async throws -> Int? {
                try await client.execute(uri: "/api/search?q=stolegymnastik", method: .get) { response in
                    let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                    return body?["antal"] as? Int
                }
            }
            #expect(try await count() == 0)
            #expect(try await count() == 0)
            let first = try await client.execute(uri: "/api/search?q=rygestop", method: .get) { $0 }
            let again = try await client.execute(uri: "/api/search?q=rygestop", method: .get) { $0 }
            #expect(again.body == first.body)
            var headers = again.headers, firstHeaders = first.headers
            headers[.date] = nil
            firstHeaders[.date] = nil
            #expect(headers == firstHeaders, "a cached answer carries the security headers too")
            #expect(again.headers[.contentSecurityPolicy] != nil)
            catalogue.write("tilbud/nyt-hold.yaml", CatalogFixture.offer(name: "Nyt hold", summary: "Stolegymnastik for ældre.",
                                                            needs: "[ensomhed-og-faellesskab]", centre: "aeldrecenter"))
            _ = try await directory.reindex()
            #expect(try await count() == 1)
        }
    }
}
