import Testing
@testable import WebApp

@Suite struct OfferPageTests {
    let site = TestSite.bundled

    @Test func showsEveryPublicField() async throws {
        let page = try await site.get("/tilbud/forloebsprogrammer")
        #expect(page.status == .ok)
        #expect(page.text.contains("<h1>Forløbsprogrammer for borgere med kronisk sygdom</h1>"))
        for label in ["Status", "Behov", "Alder", "Målgruppe", "Center", "Kontakt", "Tilbudstype", "Ansvarlig",
                      "Sidst verificeret", "Kommune", "Kilde"] {
            #expect(page.text.contains("<dt>\(label)</dt>"), "\(label) mangler")
        }
        #expect(page.text.contains("<a href=\"/?behov=kronisk-sygdom\">Kronisk sygdom</a>"))
        #expect(page.text.contains("Ishøj Kommune har tilbud om undervisning"))
        #expect(page.text.contains("<a href=\"/udvalg?ids=forloebsprogrammer\">"))
        // Staff-only notes never reach a page.
        #expect(!page.text.contains("TV-Ishøj har vist indslaget"))
    }

    @Test func unknownOfferIsADanish404Page() async throws {
        let page = try await site.get("/tilbud/findes-ikke")
        #expect(page.status == .notFound)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(page.text.contains("<html lang=\"da\">"))
        #expect(page.text.contains("Der er intet tilbud med id “findes-ikke”"))
        #expect(page.headers[.contentSecurityPolicy] == PageGuardMiddleware.contentSecurityPolicy)
    }

    @Test func idsThatAreNotCatalogueIdsAre404() async throws {
        for uri in ["/tilbud/..%2F..%2Fetc%2Fpasswd", "/tilbud/%3Cscript%3E", "/tilbud/A-B", "/tilbud/"] {
            let page = try await site.get(uri)
            #expect(page.status == .notFound, "\(uri)")
            #expect(!page.text.contains("<script>"))
        }
    }

    @Test func anEndedOfferSaysSoAndCannotBeChosen() async throws {
        let page = try await site.get("/tilbud/sammen-om-demens")
        #expect(page.status == .ok)
        #expect(page.text.contains("Tilbuddet er ophørt"))
        #expect(!page.text.contains("Vælg til borgeren"))
    }
}
