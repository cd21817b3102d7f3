@testable import Directory
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
@testable import WebApp

/// `/skaerm/<id>` and its data, asked through the router over a real index.
@Suite struct ScreenPageTests {
    static let address = "https://tilbud.ishoj.dk"

    /// The bundled catalogue's site with the public address set, as `tilbud serve --indstilling adresse=...` runs it.
    func get(_ uri: String, site: TestSite = .bundled) async throws -> Page {
        let app = buildApplication(directory: site.directory, configuration: WebConfiguration(publicAddress: Self.address))
        return try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { Page(response: $0) }
        }
    }

    @Test func theFirstOfferInLargeTypeWithItsFactsAndACodeToItsPage() async throws {
        let page = try await get("/skaerm/borgerservice")
        #expect(page.status == .ok)
        #expect(page.headers[.cacheControl] == "no-store")
        #expect(page.text.contains("<html lang=\"da\" class=\"skaerm-dokument\">"))
        #expect(page.text.contains("<h1 class=\"skaerm-navn\" id=\"s-navn\">Forløbsprogrammer for borgere med kronisk sygdom</h1>"))
        #expect(page.text.contains("<dd id=\"s-for-tekst\">Borgere med kronisk sygdom</dd>"))
        #expect(page.text.contains("<dd id=\"s-kontakt-tekst\">Ishøj Kommune: ishoj.dk</dd>"))
        // No `tid` in the catalogue: the row is there for the script, hidden.
        #expect(page.text.contains("<div class=\"skaerm-raekke\" id=\"s-tid\" hidden>"))
        #expect(page.text.contains("<span class=\"skaerm-adresse\" id=\"s-adresse\">tilbud.ishoj.dk/\u{200B}tilbud/\u{200B}forloebsprogrammer</span>"))
        #expect(page.text.contains("<p id=\"s-nr\">1 af 7</p>"))
        #expect(page.text.contains("data-kilde=\"/skaerm/borgerservice/data\" data-sekunder=\"20\" data-opdater=\"30\""))
        let path = try #require(page.text.range(of: "id=\"s-qr-sti\" d=\"")).upperBound
        #expect(page.text[path...].hasPrefix("M4 4h7v1h-7z"), "the finder pattern's top row starts the path")
    }

    /// Without JavaScript the page loads the next offer itself after the screen's seconds, and wraps around.
    @Test func withoutJavaScriptEachPageRefreshesToTheNext() async throws {
        let first = try await get("/skaerm/borgerservice")
        #expect(first.text.contains("<noscript><meta http-equiv=\"refresh\" content=\"20; url=/skaerm/borgerservice?nr=1\"></noscript>"))
        let second = try await get("/skaerm/borgerservice?nr=1&opdater=5")
        #expect(second.text.contains("id=\"s-navn\">Rygestopkursus</h1>"))
        #expect(second.text.contains("url=/skaerm/borgerservice?nr=2&amp;opdater=5"))
        #expect(second.text.contains("data-opdater=\"5\""))
        let last = try await get("/skaerm/borgerservice?nr=6")
        #expect(last.text.contains("<p id=\"s-nr\">7 af 7</p>") && last.text.contains("url=/skaerm/borgerservice?nr=0"))
        #expect(try await get("/skaerm/borgerservice?nr=7").text.contains("<p id=\"s-nr\">1 af 7</p>"))
    }

    @Test func theDataHasEveryOfferWordedAsThePage() async throws {
        let page = try await get("/skaerm/ishoej-laegecenter/data")
        #expect(page.status == .ok && page.contentType.hasPrefix("application/json"))
        let json = try #require(page.json as? [String: Any])
        #expect(json["titel"] as? String == "Ishøj Lægecenter" && json["sekunder"] as? Int == 20)
        let offers = try #require(json["tilbud"] as? [[String: Any]])
        #expect(offers.compactMap { $0["id"] as? String } == ["forloebsprogrammer", "rygestopkursus", "kontinensklinik", "telekol",
                                                              "hjaelp-ved-alkoholmisbrug", "forebyggende-hjemmebesoeg"])
        let clinic = offers[2]
        #expect(clinic["adresse"] as? String == "https://tilbud.ishoj.dk/tilbud/kontinensklinik")
        #expect(clinic["kontakt"] as? String == "Ishøj Kommune: ishoj.dk")
        #expect((clinic["adgang"] as? String)?.hasPrefix("Borgere, der skal have bevilget bleer") == true)
        let qr = try #require(clinic["qr"] as? [String: Any])
        #expect(qr["side"] as? Int == 33 + 8 && (qr["sti"] as? String)?.hasPrefix("M4 4h7v1h-7z") == true)
    }

    /// A screen that cannot be shown says so and looks again in a minute, with or without JavaScript.
    @Test func anUnknownScreenIsADanish404ThatTriesAgain() async throws {
        for uri in ["/skaerm/findes-ikke", "/skaerm/%3Cscript%3E"] {
            let page = try await get(uri)
            #expect(page.status == .notFound, "\(uri)")
            #expect(page.text.contains("Skærmen kan ikke vises lige nu"))
            #expect(page.text.contains("<noscript><meta http-equiv=\"refresh\" content=\"60; url=") && page.text.contains("data-igen="))
            #expect(!page.text.contains("<script>"))
        }
        #expect(try await get("/skaerm/findes-ikke/data").status == .notFound)
        let empty = try await get("/skaerm/borgerservice", site: .withoutIndex())
        #expect(empty.status == .serviceUnavailable && empty.text.contains("Skærmen prøver igen om et minut"))
    }

    /// Offers on pause or ended never show; catalogue text reaches the page escaped and the data as JSON.
    @Test func onlyActiveOffersAndEveryTextEscaped() async throws {
        let site = try TestSite.withFixture { fixture in
            fixture.write("farlig", CatalogFixture.offer(name: "Farlig <script>alert(1)</script>", summary: "Kort med <img src=x onerror=alert(2)> og \"citat\"",
                                                         needs: "[rygning]", centre: "sundhedscenter", extra: "tid: <b>hver dag</b>"))
            fixture.write("rygestop", CatalogFixture.offer(name: "Rygestop", summary: "Pause.", needs: "[rygning]", centre: "sundhedscenter",
                                                           status: "pause"))
            fixture.folder.write("skaerme.yaml", "venterum:\n  titel: Venterum\n  tilbud: [rygestop, farlig, vennekreds]\n")
        }
        let page = try await get("/skaerm/venterum", site: site)
        #expect(page.text.contains("<p id=\"s-nr\">1 af 2</p>"))
        #expect(page.text.contains("Farlig &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.text.contains("&lt;b&gt;hver dag&lt;/b&gt;"))
        #expect(!page.text.contains("<script>alert") && !page.text.contains("<img src=x"))
        let data = try await get("/skaerm/venterum/data", site: site)
        let offers = try #require((data.json as? [String: Any])?["tilbud"] as? [[String: Any]])
        #expect(offers.compactMap { $0["id"] as? String } == ["farlig", "vennekreds"])
        #expect(offers[0]["navn"] as? String == "Farlig <script>alert(1)</script>")
        #expect(offers[1]["kontakt"] as? String == "venner@testby.dk")
    }

    /// Without `adresse`, the codes point to the address the screen itself was opened at.
    @Test func withoutAPublicAddressTheScreensOwnHostIsUsed() async throws {
        let app = buildApplication(directory: TestSite.bundled.directory)
        let page = try await app.test(.router) { client in
            try await client.execute(uri: "/skaerm/kantinen/data", method: .get) { Page(response: $0) }
        }
        let offers = try #require((page.json as? [String: Any])?["tilbud"] as? [[String: Any]])
        // The router test's requests come to "localhost".
        #expect(offers.first?["adresse"] as? String == "http://localhost/tilbud/rygestopkursus")
    }
}
