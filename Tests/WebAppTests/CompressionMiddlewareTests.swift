import Foundation
import Hummingbird
import Testing
import TestSupport
@testable import WebApp

/// gzip when the client asks, for pages, JSON and static files; the unpacked bytes are the plain answer's.
@Suite struct CompressionMiddlewareTests {
    let site = TestSite.bundled
    static let gzip: HTTPFields = [.acceptEncoding: "gzip, deflate, br"]

    @Test(arguments: ["/", "/?q=ensom&alder=80", "/landkort", "/tilbud/rygestopkursus", "/udvalg?ids=rygestopkursus",
                      "/api/tilbud/rygestopkursus", "/findes/ikke", "/openapi.json", "/static/app.css", "/static/app.js",
                      "/static/udvalg.js"])
    func everyTextAnswerComesGzippedWhenAsked(uri: String) async throws {
        let plain = try await site.get(uri)
        let packed = try await site.get(uri, headers: Self.gzip)
        #expect(plain.headers[.contentEncoding] == nil, "\(uri)")
        #expect(packed.headers[.contentEncoding] == "gzip", "\(uri)")
        #expect(packed.headers[.vary] == "Accept-Encoding", "\(uri)")
        #expect(packed.headers[.contentLength] == String(packed.bytes.count), "\(uri)")
        #expect(packed.bytes.count < plain.bytes.count, "\(uri)")
        #expect(packed.status == plain.status)
        if uri.hasPrefix("/api/tilbud/") {
            // JSONEncoder orders an offer's keys anew each time on Linux: compare the values.
            let unpacked = try #require(packed.unpacked)
            #expect(try JSONSerialization.jsonObject(with: Data(unpacked)) as? NSDictionary == plain.json as? NSDictionary)
        } else {
            #expect(packed.unpacked == plain.bytes, "\(uri): unpacked bytes differ")
        }
    }

    /// Search answers splice in each offer's fields deflated once; unpacked, the answer is the
    /// plain one byte for byte, for fresh searches of many kinds.
    @Test func searchAnswersUnpackToThePlainAnswer() async throws {
        let queries = ["q=rygestop", "q=sukkersyge&alder=67&limit=30", "q=xyzzy", "limit=0", "limit=200", "behov=demens",
                       "q=82-%C3%A5rig+enkemand+der+sidder+meget+alene", "q=%22citat%22+%5C+back%09slash", "q=motion&limit=1"]
        try await site.session { client in
            for query in queries {
                let plain = try await client.get("/api/search?" + query)
                let packed = try await client.get("/api/search?" + query, headers: Self.gzip)
                #expect(packed.headers[.contentEncoding] == "gzip", "\(query)")
                #expect(packed.headers[.contentLength] == String(packed.bytes.count))
                #expect(packed.unpacked == plain.bytes, "\(query)")
            }
        }
    }

    @Test func noGzipUnlessTheClientTakesIt() async throws {
        for header in ["identity", "gzip;q=0", "br", "deflate"] {
            let page = try await site.get("/?q=ensom", headers: [.acceptEncoding: header])
            #expect(page.headers[.contentEncoding] == nil, "\(header)")
            let api = try await site.get("/api/search?q=ensom", headers: [.acceptEncoding: header])
            #expect(api.headers[.contentEncoding] == nil, "\(header)")
        }
        let star = try await site.get("/landkort", headers: [.acceptEncoding: "*"])
        #expect(star.headers[.contentEncoding] == "gzip")
    }

    @Test func staticFilesHaveOneValidatorPerEncoding() async throws {
        let plain = try await site.get("/static/app.js")
        let packed = try await site.get("/static/app.js", headers: Self.gzip)
        let plainTag = try #require(plain.headers[.eTag]), packedTag = try #require(packed.headers[.eTag])
        #expect(plainTag != packedTag)
        #expect(try await site.get("/static/app.js", headers: [.acceptEncoding: "gzip", .ifNoneMatch: packedTag]).status == .notModified)
        #expect(try await site.get("/static/app.js", headers: [.acceptEncoding: "gzip", .ifNoneMatch: plainTag]).status == .ok)
        #expect(try await site.get("/static/app.js", headers: [.ifNoneMatch: plainTag]).status == .notModified)
    }

    @Test func acceptEncodingIsReadAsRFC9110Says() {
        #expect(ContentCoding.acceptsGzip("gzip"))
        #expect(ContentCoding.acceptsGzip("deflate, GZIP;q=0.5"))
        #expect(ContentCoding.acceptsGzip("x-gzip"))
        #expect(!ContentCoding.acceptsGzip("gzip;q=0"))
        #expect(!ContentCoding.acceptsGzip("gzip; q=0.0, br"))
        #expect(!ContentCoding.acceptsGzip(nil))
        #expect(!ContentCoding.acceptsGzip("gzipped"))
    }
}
