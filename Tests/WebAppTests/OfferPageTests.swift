import Testing
@testable import WebApp

@Suite struct OfferPageTests {
    let site = TestSite.bundled

    @Test func showsEveryPublicField() async throws {
        let page = try await site.get("/tilbud/forloebsprogrammer")
        #expect(page.status == .ok)
        #expect(page.text.contains("<h1>Forløbsprogrammer for borgere med kronisk sygdom</h1>"))
        for label in ["Behov", "Målgruppe", "Center", "Kontakt", "Tilbudstype", "Ansvarlig", "Kommune", "Kilde"] {
            #expect(page.text.contains("<dt>\(label)</dt>"), "\(label) mangler")
        }
        // Only what is known, in Danish words: no "aktiv", no open age, no seed file names.
        for absent in ["<dt>Status</dt>", "<dt>Alder</dt>", "<dt>Bekræftet af centret</dt>", ".txt", "ikke oplyst", "alle aldre"] {
            #expect(!page.text.contains(absent), "\(absent)")
        }
        #expect(page.text.contains("Kommunens dokument, afsnittet „Udgifter på sundhedsområdet“"))
        #expect(page.text.contains("<a href=\"/\">Tilbage til søgningen</a>"))
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

    /// Opened from a search, every link back keeps its text, age and filters.
    @Test func theLinksBackKeepTheSearch() async throws {
        let page = try await site.get("/tilbud/plejehjem?q=plejehjem&alder=80&behov=bolig")
        #expect(page.text.contains("<a href=\"/?q=plejehjem&amp;alder=80&amp;behov=bolig\">Tilbage til søgningen</a>"))
        #expect(page.text.contains("href=\"/udvalg?q=plejehjem&amp;alder=80&amp;behov=bolig&amp;ids=plejehjem\""))
        #expect(page.text.contains("href=\"/meld-fejl/plejehjem?q=plejehjem&amp;alder=80&amp;behov=bolig\""))
        #expect(page.text.contains("<dt>Alder</dt><dd>65 år og ældre</dd>"))
    }
}
