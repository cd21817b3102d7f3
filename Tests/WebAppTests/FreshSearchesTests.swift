@testable import Directory
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import OfferIndex
import TestSupport
import Testing
@testable import WebApp

/// Fresh searches answered on the event loop (`FreshSearches` in `SearchCacheHandler`), on a
/// real index of the bundled catalogue: they must be exactly what the router answers.
@Suite struct FreshSearchesTests {
    /// Lexical, so that every fresh search can be answered at once.
    static let lexical: (directory: OfferDirectory, folder: TemporaryFolder) = {
        let folder = TemporaryFolder("friske")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: folder.path, semantic: .off)
        do { _ = try directory.reindex() } catch { fatalError("Kunne ikke indeksere kataloget: \(error)") }
        return (directory, folder)
    }()

    static let queries = [
        "q=rygestop", "q=sukkersyge&alder=67", "q=82-%C3%A5rig+enkemand+der+sidder+meget+alene", "q=motion&limit=3",
        "q=demenz", "behov=ensomhed-og-faellesskab&alder=70", "q=KOL&adgang=henvisning-fra-laege", "q=xyzzy+qwerty",
        "q=x&alder=-4", "q=rygestop&adgang=", "q=%22citat%22+%5C", "limit=0", "q=ensom&alder=80&limit=200",
    ]

    /// Two running servers on one index: one with the answer cache in its pipeline (and so the
    /// event loop's answers), one without (every search through the router).
    @Test func aFreshSearchGetsTheRoutersBytesAndHeaders() async throws {
        let directory = Self.lexical.directory
        let direct = buildApplication(directory: directory)
        let routed = buildApplication(directory: directory, configuration: WebConfiguration(cacheSize: 0))
        try await direct.test(.live) { fast in
            try await routed.test(.live) { slow in
                for query in Self.queries {
                    for headers: HTTPFields in [[:], [.acceptEncoding: "gzip"]] {
                        let mine = try await fast.execute(uri: "/api/search?" + query, method: .get, headers: headers) { $0 }
                        let theirs = try await slow.execute(uri: "/api/search?" + query, method: .get, headers: headers) { $0 }
                        #expect(mine.status == theirs.status, "\(query)")
                        // The same JSON (an offer's keys come in the order of the process's own
                        // dictionaries, so bytes and gzip lengths may differ), the same headers.
                        #expect(try Self.json(mine) == Self.json(theirs), "\(query) \(headers)")
                        #expect(mine.headers[.contentLength] == String(mine.body.readableBytes))
                        var a = mine.headers, b = theirs.headers
                        for name: HTTPField.Name in [.date, .contentLength] { a[name] = nil; b[name] = nil }
                        #expect(a == b, "\(query) \(headers)")
                    }
                }
            }
        }
    }

    /// The answer's JSON, unpacked when it came with gzip.
    static func json(_ response: TestResponse) throws -> NSObject? {
        var bytes = Array(response.body.readableBytesView)
        if response.headers[.contentEncoding] == "gzip" { bytes = try #require(Gunzip.bytes(bytes)) }
        return try JSONSerialization.jsonObject(with: Data(bytes)) as? NSObject
    }

    /// The handler in an embedded pipeline: until the router has answered a search it sends
    /// every one on; then it answers fresh ones itself, with the route's own body.
    @Test func theHandlerAnswersFreshSearchesOnceTheRouterHasAnsweredOne() async throws {
        let api = APIRoutes(directory: Self.lexical.directory)
        let fresh = FreshSearches(answer: { query, gzip in api.answerAtOnce(query: query, gzip: gzip) })
        #expect(fresh.respond(query: "q=rygestop", gzip: false) == nil, "no head of the router's yet")
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(SearchCacheHandler(cache: SearchCache<Int, CachedResponse>(capacity: 10),
                                                                          revision: { 1 }, fresh: fresh))
        func send(_ path: String) throws -> Bool {
            try channel.writeInbound(HTTPRequestPart.head(HTTPRequest(method: .get, scheme: nil, authority: nil, path: path)))
            try channel.writeInbound(HTTPRequestPart.end(nil))
            let passed = try channel.readInbound(as: HTTPRequestPart.self) != nil
            if passed { _ = try channel.readInbound(as: HTTPRequestPart.self) }
            return passed
        }
        func received() throws -> (head: HTTPResponse, body: ByteBuffer)? {
            guard case .head(let head)? = try channel.readOutbound(as: HTTPResponsePart.self) else { return nil }
            var body = ByteBuffer()
            while case let part? = try channel.readOutbound(as: HTTPResponsePart.self) {
                if case .body(var buffer) = part { body.writeBuffer(&buffer) }
                if case .end = part { break }
            }
            return (head, body)
        }
        #expect(try send("/api/search?q=rygestop"))
        let routed = try await api.answer(try APIRoutes.searchRequest("q=rygestop"), gzip: false)
        try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok, headerFields: [
            .contentType: "application/json; charset=utf-8", .contentLength: String(routed.body.readableBytes)])))
        try channel.writeOutbound(HTTPResponsePart.body(routed.body))
        try channel.writeOutbound(HTTPResponsePart.end(nil))
        #expect(try received()?.body == routed.body)

        #expect(try !send("/api/search?q=motion&alder=67"), "answered here")
        let answer = try #require(try received())
        let expected = try await api.answer(try APIRoutes.searchRequest("q=motion&alder=67"), gzip: false).body
        #expect(answer.body == expected)
        #expect(answer.head.headerFields[.contentLength] == String(expected.readableBytes))
        #expect(answer.head.headerFields[.date] != nil)
        #expect(try send("/api/search?q=x&alder=-4"), "a parameter the route refuses: the route says why")
    }
}
