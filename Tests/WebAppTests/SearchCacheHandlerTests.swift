import Hummingbird
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Synchronization
import Testing
@testable import WebApp

/// The handler in a real NIO pipeline (an embedded channel): what it passes on towards the router
/// is read at the pipeline's end, the router's answers are written in from there.
@Suite struct SearchCacheHandlerTests {
    /// The index revision the handler sees; a test moves it.
    final class Revision: Sendable {
        let value = Mutex(1)
    }

    final class Connection {
        let channel = EmbeddedChannel()
        let revision = Revision()

        init(cache: SearchCache<Int, CachedResponse> = SearchCache(capacity: 10)) throws {
            let revision = self.revision
            try channel.pipeline.syncOperations.addHandler(
                SearchCacheHandler(cache: cache, revision: { revision.value.withLock { $0 } }))
        }

        /// Sends a whole request; true if it went on towards the router.
        func send(_ path: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:]) throws -> Bool {
            try channel.writeInbound(HTTPRequestPart.head(HTTPRequest(method: method, scheme: nil, authority: nil,
                                                                      path: path, headerFields: headers)))
            try channel.writeInbound(HTTPRequestPart.end(nil))
            guard let head = try channel.readInbound(as: HTTPRequestPart.self) else { return false }
            #expect(try channel.readInbound(as: HTTPRequestPart.self) == .end(nil))
            guard case .head(let request) = head else { Issue.record("ikke et hoved: \(head)"); return false }
            #expect(request.path == path)
            return true
        }

        /// The router's answer, written back through the handler.
        func answer(_ status: HTTPResponse.Status, _ body: String) throws {
            let head = HTTPResponse(status: status, headerFields: [.contentType: "application/json", .date: "gammel dato",
                                                                  .contentSecurityPolicy: "default-src 'self'"])
            try channel.writeOutbound(HTTPResponsePart.head(head))
            try channel.writeOutbound(HTTPResponsePart.body(ByteBuffer(string: body)))
            try channel.writeOutbound(HTTPResponsePart.end(nil))
        }

        /// The next whole response that left the pipeline towards the client.
        func received() throws -> (head: HTTPResponse, body: String)? {
            guard case .head(let head)? = try channel.readOutbound(as: HTTPResponsePart.self) else { return nil }
            var body = ""
            while let part = try channel.readOutbound(as: HTTPResponsePart.self) {
                if case .body(let buffer) = part { body += String(buffer: buffer) }
                if case .end = part { break }
            }
            return (head, body)
        }
    }

    @Test func aRepeatedSearchIsAnsweredWithTheSameBytesAndAFreshDate() throws {
        let connection = try Connection()
        #expect(try connection.send("/api/search?q=rygestop"))
        try connection.answer(.ok, #"{"antal":2}"#)
        #expect(try connection.received()?.body == #"{"antal":2}"#)

        #expect(try connection.send("/api/search?q=rygestop") == false)
        let replay = try #require(try connection.received())
        #expect(replay.head.status == .ok)
        #expect(replay.body == #"{"antal":2}"#)
        #expect(replay.head.headerFields[.contentSecurityPolicy] == "default-src 'self'")
        #expect(replay.head.headerFields[.contentType] == "application/json")
        #expect(replay.head.headerFields[.date]?.hasSuffix(" GMT") == true)
        #expect(try connection.send("/api/search?q=rygestop&alder=40"), "another query goes to the router")
    }

    @Test func aNewIndexRevisionSendsTheSearchToTheRouterAgain() throws {
        let connection = try Connection()
        #expect(try connection.send("/api/search?q=sorg"))
        try connection.answer(.ok, "gammelt indeks")
        _ = try connection.received()
        connection.revision.value.withLock { $0 = 2 }
        #expect(try connection.send("/api/search?q=sorg"))
    }

    @Test func onlySuccessfulPlainSearchesAreKept() throws {
        let connection = try Connection()
        #expect(try connection.send("/api/search?alder=abc"))
        try connection.answer(.badRequest, "fejl")
        _ = try connection.received()
        #expect(try connection.send("/api/search?alder=abc"), "an error is asked again")
        try connection.answer(.badRequest, "fejl")
        _ = try connection.received()
        for path in ["/tilbud/rygestopkursus", "/api/searchx?q=a", "/?q=rygestop"] {
            #expect(try connection.send(path))
            try connection.answer(.ok, "side")
            _ = try connection.received()
            #expect(try connection.send(path), "\(path) is not a search answer")
            try connection.answer(.ok, "side")
            _ = try connection.received()
        }
    }

    @Test func requestsTheCacheMustNotAnswerGoToTheRouter() throws {
        let connection = try Connection()
        #expect(try connection.send("/api/search?q=motion"))
        try connection.answer(.ok, "svar")
        _ = try connection.received()
        #expect(try connection.send("/api/search?q=motion", method: .head))
        #expect(try connection.send("/api/search?q=motion", headers: [.contentLength: "5"]))
        #expect(try connection.send("/api/search?q=motion", headers: [.connection: "close"]))
    }

    /// Pipelined requests: an answer from the cache must not overtake one still with the router.
    @Test func aCachedAnswerWaitsItsTurnBehindTheRouter() throws {
        let connection = try Connection()
        #expect(try connection.send("/api/search?q=demens"))
        try connection.answer(.ok, "demens")
        _ = try connection.received()

        #expect(try connection.send("/api/search?q=sorg"))
        #expect(try connection.send("/api/search?q=demens"), "the router still has the search for sorg")
        try connection.answer(.ok, "sorg")
        try connection.answer(.ok, "demens igen")
        #expect(try connection.received()?.body == "sorg")
        #expect(try connection.received()?.body == "demens igen")
        #expect(try connection.send("/api/search?q=demens") == false)
        #expect(try connection.received()?.body == "demens igen")
    }

    @Test func aCacheOfSizeZeroIsNeverAsked() throws {
        let connection = try Connection(cache: SearchCache(capacity: 0))
        #expect(try connection.send("/api/search?q=sorg"))
        try connection.answer(.ok, "sorg")
        _ = try connection.received()
        #expect(try connection.send("/api/search?q=sorg"))
    }
}
