@testable import Directory
import Foundation
import OfferIndex
import OfferModel
import Testing
@testable import WebApp

@Suite struct APIRoutesTests {
    let site = TestSite.bundled

    @Test func searchAnswersWhatTheCommandLinesJSONSays() async throws {
        let page = try await site.get("/api/search?q=sukkersyge&alder=67&limit=5")
        #expect(page.status == .ok)
        #expect(page.contentType == "application/json; charset=utf-8")
        let expected = try await site.directory.search(SearchRequest(text: "sukkersyge", age: 67, limit: 5))
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(expected)) as! NSDictionary
        #expect(page.json as? NSDictionary == encoded)
        let results = (page.json as! [String: Any])["resultater"] as! [[String: Any]]
        #expect(results.first?["id"] as? String == "forloebsprogrammer")
    }

    /// The API writes its JSON by hand for speed; it must say exactly what `SearchResponse`'s
    /// Encodable conformance (and so `tilbud search --json`) says.
    @Test(arguments: ["q=rygestop", "q=sukkersyge&alder=67", "q=82-%C3%A5rig+enkemand+der+sidder+meget+alene",
                      "q=ensom&alder=80&limit=200", "q=demenz", "q=kan+ikke+holde+p%C3%A5+vandet", "q=xyzzy+qwerty",
                      "behov=ensomhed-og-faellesskab&alder=70", "q=KOL&adgang=henvisning-fra-laege", "limit=0",
                      "q=%22citat%22+%5C+back%09slash%0Aline", String(repeating: "q=ord+", count: 1) + String(repeating: "ensom+", count: 120)])
    func handWrittenJSONEqualsTheEncodableOne(query: String) async throws {
        let page = try await site.get("/api/search?" + query)
        #expect(page.status == .ok)
        let parameters = SearchParameters(QueryString(query))
        let expected = try await site.directory.search(parameters.request(defaultLimit: APIRoutes.defaultLimit))
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(expected)) as! NSDictionary
        #expect(page.json as? NSDictionary == encoded)
    }

    /// The access facet counts every route and `uden`, so a filter that finds nothing is explained.
    @Test func theAccessFacetCountsOffersWithoutAStatedAccess() async throws {
        let body = try #require((try await site.get("/api/search?limit=0")).json as? [String: Any])
        let total = try #require(body["antal"] as? Int)
        let access = try #require((body["facetter"] as? [String: Any])?["adgang"] as? [[String: Any]])
        #expect(access.map { $0["id"] as? String } == ["egen-henvendelse", "henvisning-fra-laege", "visitation", "uden"])
        #expect(access.last?["navn"] as? String == "uden angivet adgang")
        let counts = access.compactMap { $0["antal"] as? Int }
        #expect(counts[1] == 0, "intet tilbud i kataloget tager henvisning fra læge")
        #expect(counts[3] > 0 && counts[3] < total)
        #expect(counts.reduce(0, +) >= total, "hvert tilbud har mindst én adgang eller står under uden")
    }

    /// No stated age is not all ages: a child is not offered the care home (from 65 in the notes).
    @Test func aChildIsNotOfferedTheCareHome() async throws {
        let body = try #require((try await site.get("/api/search?q=plejehjem&alder=8")).json as? [String: Any])
        let ids = ((body["resultater"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        #expect(!ids.contains("plejehjem"))
        let old = try #require((try await site.get("/api/search?q=plejehjem&alder=80")).json as? [String: Any])
        #expect(((old["resultater"] as? [[String: Any]]) ?? []).first?["id"] as? String == "plejehjem")
    }

    @Test func handWrittenJSONEscapesQuotesAndControlCharacters() async throws {
        let site = try TestSite.hostile()
        let page = try await site.get("/api/search?q=rygestop+%22%5C%01")
        let expected = try await site.directory.search(SearchRequest(text: "rygestop \"\\\u{01}", limit: 10))
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(expected)) as! NSDictionary
        #expect(page.json as? NSDictionary == encoded)
        #expect(page.text.contains(#""soegning":"rygestop \"\\\u0001""#))
    }

    @Test func repeatedFiltersAreAnyOf() async throws {
        let page = try await site.get("/api/search?behov=demens&behov=rygning&limit=200")
        let body = page.json as! [String: Any]
        let expected = try await site.directory.search(SearchRequest(needs: ["demens", "rygning"], limit: 200))
        #expect(body["antal"] as? Int == expected.total)
        #expect(expected.total > 1)
    }

    @Test func unusableParametersAre400InDanish() async throws {
        for uri in ["/api/search?alder=gammel", "/api/search?adgang=teleport", "/api/search?limit=9999", "/api/search?behov=%3Cx%3E",
                    "/api/search?adgang=", "/api/search?q=sorg&alder=", "/api/search?behov=+", "/api/search?limit=",
                    "/api/search?" + Array(repeating: "adgang=visitation", count: 31).joined(separator: "&")] {
            let page = try await site.get(uri)
            #expect(page.status == .badRequest, "\(uri)")
            let body = page.json as? [String: Any]
            #expect(body?["status"] as? Int == 400)
            #expect((body?["fejl"] as? String)?.isEmpty == false)
        }
    }

    @Test func oneOfferAndAnUnknownOne() async throws {
        let page = try await site.get("/api/tilbud/rygestopkursus")
        #expect(page.status == .ok)
        #expect((page.json as? [String: Any])?["navn"] as? String == "Rygestopkursus")
        let missing = try await site.get("/api/tilbud/findes-ikke")
        #expect(missing.status == .notFound)
        #expect(missing.contentType == "application/json; charset=utf-8")
        #expect(((missing.json as? [String: Any])?["fejl"] as? String)?.contains("findes-ikke") == true)
    }

    @Test func theOpenAPIDocumentDescribesEveryRouteAndParameter() async throws {
        let page = try await site.get("/openapi.json")
        #expect(page.status == .ok)
        let document = try #require(page.json as? [String: Any])
        #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
        let paths = try #require(document["paths"] as? [String: Any])
        #expect(Set(paths.keys) == ["/api/search", "/api/tilbud/{id}", "/healthz"])
        let search = try #require((paths["/api/search"] as? [String: Any])?["get"] as? [String: Any])
        let names = (search["parameters"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(Set(names) == ["q", "alder", "behov", "center", "adgang", "limit"])
    }
}
