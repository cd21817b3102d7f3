import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOHTTPTypes
import Testing
import TestSupport
@testable import WebApp

/// The request limits are the same whichever part answers: the router behind
/// `PageGuardMiddleware`, or the answer cache in front of it (`SearchCacheHandler`, also for
/// fresh searches it answers through `FreshSearches`).
@Suite struct RequestLimitsTests {
    /// A search URL far over the limit, with a parameter the search ignores.
    static let longSearch = "/api/search?q=rygestop&x=" + String(repeating: "a", count: 60_000)

    /// On a real connection kept alive between requests: once the router has answered searches
    /// (so the answer cache would answer the next ones itself), a long URL is still refused, as
    /// on a server without the cache, and the connection goes on.
    @Test func aLongSearchURLIsRefusedOnAKeepAliveConnectionWithOrWithoutTheAnswerCache() async throws {
        let directory = FreshSearchesTests.lexical.directory
        for configuration in [WebConfiguration(), WebConfiguration(cacheSize: 0)] {
            let app = buildApplication(directory: directory, configuration: configuration)
            try await app.test(.live) { client in
                let connection = try await HTTPConnection.open(port: try #require(client.port))
                #expect(try await connection.get("/api/search?q=rygestop").status == 200)
                #expect(try await connection.get("/api/search?q=rygestop").status == 200, "a repeated search")
                #expect(try await connection.get("/api/search?q=motion").status == 200, "a fresh one")
                let refused = try await connection.get(Self.longSearch)
                #expect(refused.status == 414, "cache \(configuration.cacheSize): \(refused.status)")
                #expect(refused.json?["fejl"] as? String == WebError.uriTooLong.message)
                #expect(try await connection.get(Self.longSearch, headers: ["Accept-Encoding": "gzip"]).status == 414)
                #expect(try await connection.get("/api/search?q=rygestop").status == 200, "the connection goes on")
            }
        }
    }

    /// The cache's own check of a request is the router's: nothing it refuses is ever looked up.
    @Test func theAnswerCacheTakesOnlyWhatTheRouterWouldTake() {
        func request(_ path: String, _ method: HTTPRequest.Method = .get, _ fields: HTTPFields = [:]) -> HTTPRequest {
            HTTPRequest(method: method, scheme: nil, authority: nil, path: path, headerFields: fields)
        }
        #expect(SearchCacheHandler<Int>.key(of: request("/api/search?q=rygestop")) != nil)
        #expect(SearchCacheHandler<Int>.key(of: request(Self.longSearch)) == nil)
        let limit = "/api/search?q=" + String(repeating: "a", count: RequestLimits.maxURILength - "/api/search?q=".utf8.count)
        #expect(SearchCacheHandler<Int>.key(of: request(limit)) != nil, "exactly at the limit")
        #expect(SearchCacheHandler<Int>.key(of: request(limit + "a")) == nil)
        #expect(SearchCacheHandler<Int>.key(of: request("/api/search?q=a", .get, [.transferEncoding: "chunked"])) == nil)
        for path in [Self.longSearch, limit + "a"] {
            #expect(throws: WebError.uriTooLong) { try RequestLimits.check(request(path)) }
        }
        #expect(throws: WebError.methodNotAllowed) { try RequestLimits.check(request("/api/search", .post)) }
    }
}
