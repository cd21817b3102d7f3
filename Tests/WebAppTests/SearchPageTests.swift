import Foundation
import OfferModel
import Testing
import TestSupport
@testable import WebApp

@Suite struct SearchPageTests {
    let site = TestSite.bundled

    @Test func theEmptyPageHasTheFormEveryNeedAndTheLiveCount() async throws {
        let page = try await site.get("/")
        #expect(page.status == .ok)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(page.text.contains("<html lang=\"da\">"))
        #expect(page.text.contains("<form id=\"soeg\" class=\"soegefelt\" action=\"/\" method=\"get\" role=\"search\""))
        #expect(page.text.contains("<label for=\"q\">"))
        #expect(page.text.contains("<label for=\"alder\">"))
        #expect(page.text.contains("id=\"antal\" class=\"antal\" role=\"status\" aria-live=\"polite\""))
        #expect(page.text.contains("value=\"kronisk-sygdom\" form=\"soeg\"> Kronisk sygdom"))
        #expect(page.text.contains("Skriv, hvad borgeren har brug for"))
        #expect(page.cardIDs.isEmpty)
    }

    @Test func sukkersygeFindsTheChronicDiseaseProgrammeFirst() async throws {
        let page = try await site.get("/?q=sukkersyge&alder=67")
        #expect(page.status == .ok)
        #expect(page.cardIDs.first == "forloebsprogrammer")
        #expect(page.text.contains("value=\"sukkersyge\""))
        #expect(page.text.contains("value=\"67\""))
        // The count is the lexical matches and the semantic hits (README, `antal`).
        #expect(page.text.contains(" tilbud passer."))
        // No contact for the offer, its centre or the unit that runs the tool: the municipality's line.
        #expect(page.text.contains("<dt>Kontakt</dt><dd>Ishøj Kommune: <a href=\"https://ishoj.dk\">ishoj.dk</a></dd>"))
        // Nothing is verified yet: said once for the page, not in red on every card.
        #expect(page.text.components(separatedBy: "class=\"bekraeft-note\"").count == 2)
        #expect(!page.text.contains("ikke verificeret") && !page.text.contains("ikke oplyst"))
        // Links to the offer and to "Meld fejl" carry the search, so the way back keeps it.
        #expect(page.text.contains("href=\"/tilbud/forloebsprogrammer?q=sukkersyge&amp;alder=67\""))
        #expect(page.text.contains("href=\"/meld-fejl/forloebsprogrammer?q=sukkersyge&amp;alder=67\""))
        #expect(page.text.contains("<input type=\"hidden\" name=\"q\" value=\"sukkersyge\">"))
        #expect(page.text.contains("name=\"ids\" value=\"forloebsprogrammer\" form=\"udvalg\""))
    }

    @Test func matchedWordsAreMarked() async throws {
        let page = try await site.get("/?q=rygestop")
        #expect(page.cardIDs.first == "rygestopkursus")
        #expect(page.text.contains("<mark>"))
    }

    @Test func filtersAreChipsWithCountsAndStayInTheURL() async throws {
        let page = try await site.get("/?q=ensom&behov=demens&adgang=egen-henvendelse")
        #expect(page.status == .ok)
        #expect(page.text.contains("name=\"behov\" value=\"demens\" form=\"soeg\" checked"))
        #expect(page.text.contains("name=\"adgang\" value=\"egen-henvendelse\" form=\"soeg\" checked"))
        #expect(page.text.contains("<span class=\"tal\">"))
    }

    @Test func aTypoOffersMenteDuAsALink() async throws {
        let page = try await site.get("/?q=demenz&alder=80")
        #expect(page.text.contains("Mente du <a href=\"/?q=demens&amp;alder=80\">demens</a>?"))
    }

    /// A query in another language says which (issue 26), and its words are not "uden match".
    @Test func aQueryInAnotherLanguageSaysWhich() async throws {
        let query = try #require("أمي تشعر بالوحدة".addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let page = try await site.get("/?q=" + query)
        #expect(page.text.contains("<p class=\"besked sprog\">Søgt på arabisk.</p>"))
        #expect(!page.text.contains("Ord uden match"))
        let danish = try await site.get("/?q=ensom+i+80%27erne")
        #expect(!danish.text.contains("Søgt på"))
        #expect(danish.text.contains("Alder læst fra teksten: 80-89 år."))
    }

    @Test func nothingMatchingSaysIngenGodeMatchWithAHint() async throws {
        let page = try await site.get("/?q=xyzzy+qwerty")
        #expect(page.status == .ok)
        #expect(page.text.contains("<h3>Ingen gode match</h3>"))
        // Nonsense has no lexical match; the semantic side may still show its nearest offers,
        // and then only as partial ones.
        #expect(page.text.contains("Ingen tilbud passer til søgningen.") || page.text.contains("passer kun delvist."))
        #expect(page.text.contains("<a href=\"/landkort\">landkortet</a>"))
        #expect(page.text.contains("value=\"xyzzy qwerty\""))
    }

    @Test func pausedOffersAreMarkedAndFreshDatesShown() async throws {
        let site = try TestSite.withFixture { fixture in
            fixture.write("pausehold", CatalogFixture.offer(name: "Pausehold", summary: "Et hold mod ensomhed, der holder pause.",
                                                            needs: "[ensomhed-og-faellesskab]", centre: "aeldrecenter",
                                                            status: "pause"))
        }
        let page = try await site.get("/?q=ensomhed")
        #expect(page.cardIDs.contains("pausehold"))
        #expect(page.text.contains("Pausehold</a> <span class=\"maerkat pause\">på pause</span>"))
        // The fixture's other offers were verified 2026-10-01 and have their own contact.
        #expect(page.text.contains("<a href=\"mailto:venner@testby.dk\">venner@testby.dk</a>"))
    }

    @Test func verificationIsAQuietDateAndNothingWhenMissing() throws {
        let municipality = Municipality(id: "k", name: "K", web: "k.dk")
        let today = CalendarDate("2026-11-20")!
        var offer = Offer(id: "x", name: "X", summary: "X.", needs: [], lastVerified: CalendarDate("2020-01-01"))
        #expect(OfferFacts(offer: offer, municipality: municipality, today: today).verified.markup
            == "Bekræftet 1. jan. 2020 <span class=\"gammel\">(over 6 måneder siden)</span>")
        offer.lastVerified = CalendarDate("2026-12-03")
        #expect(OfferFacts(offer: offer, municipality: municipality, today: today).verified.markup == "Bekræftet 3. dec. 2026")
        offer.lastVerified = nil
        #expect(OfferFacts(offer: offer, municipality: municipality, today: today).verified.markup.isEmpty)
        #expect(OfferFacts.verificationNote([offer, offer]).markup.contains("endnu ikke bekræftet af centrene"))
        offer.lastVerified = CalendarDate("2026-12-03")
        #expect(OfferFacts.verificationNote([offer, offer]).markup.isEmpty)
    }

    @Test func theAccessFilterCountsOffersWithoutAStatedAccess() async throws {
        let page = try await site.get("/?adgang=henvisning-fra-laege")
        // No bundled offer takes a GP's referral: the 0 is explained by the others' counts.
        #expect(page.text.contains("value=\"henvisning-fra-laege\" form=\"soeg\" checked> Henvisning fra læge <span class=\"tal\">0"))
        #expect(page.text.contains("Uden angivet adgang <span class=\"tal\">"))
        #expect(page.text.contains("Ingen tilbud passer til de valgte filtre. Fjern et filter, eller vælg et tema herunder.</p><div class=\"start\"><h3>Start med et tema</h3>"))
        #expect(!page.text.contains("passer til det, du skrev"), "intet er skrevet")
    }

    @Test func anEmptyPageStartsWithTheThemes() async throws {
        let page = try await site.get("/")
        #expect(page.text.contains("<div id=\"beskeder\"><div class=\"start\"><h3>Start med et tema</h3>"))
        #expect(page.text.contains("<a href=\"/?behov=ensomhed-og-faellesskab\">Ensomhed og fællesskab</a>"))
        #expect(!page.text.contains("passer til det, du skrev"))
    }

    @Test func withAnAgeFilterAnOfferWithoutAgesSaysSo() async throws {
        let page = try await site.get("/?q=demens&alder=80")
        #expect(page.cardIDs.contains("demenscafe"))
        #expect(page.text.contains("<span class=\"uden-alder\">alder ikke angivet</span>"))
        let noAge = try await site.get("/?q=demens")
        #expect(!noAge.text.contains("alder ikke angivet"), "uden aldersfilter siges intet")
        let child = try await site.get("/?q=plejehjem&alder=8")
        #expect(!child.cardIDs.contains("plejehjem"), "plejehjem er fra 65 år")
    }

    @Test func badValuesAreExplainedNotFatal() async throws {
        let page = try await site.get("/?q=rygestop&alder=gammel&adgang=teleport&behov=..%2F..%2Fetc")
        #expect(page.status == .ok)
        #expect(page.text.contains("Alderen “gammel” er ikke et helt tal mellem 0 og 130"))
        #expect(page.text.contains("Adgangen “teleport” findes ikke"))
        #expect(page.text.contains("er ikke et id fra kataloget"))
        #expect(page.cardIDs.first == "rygestopkursus")
    }

    @Test func aVeryLongQueryIsCutNotRefused() async throws {
        let long = String(repeating: "ensomhed ", count: 300)
        let page = try await site.get("/?q=" + long.replacingOccurrences(of: " ", with: "+"))
        #expect(page.status == .ok)
        let value = page.text.components(separatedBy: "name=\"q\" type=\"search\" value=\"")[1].prefix { $0 != "\"" }
        #expect(value.count <= 500)
    }

    @Test func strangeQueriesNeverGiveA500() async throws {
        for uri in ["/?q=%FF%FE%00", "/?q=%", "/?q=\"\"\"", "/?q=AND+OR+NOT+(", "/?alder=-1", "/?alder=99999999999999999999",
                    "/?limit=-5", "/?q=*", "/?=&&&=", "/?q=%E2%80%8B", "/?behov=&center=&adgang="] {
            let page = try await site.get(uri)
            #expect(page.status == .ok, "\(uri) gav \(page.status)")
        }
    }

    @Test func showAllLinkWhenThereAreMoreResults() async throws {
        let page = try await site.get("/?alder=70")
        #expect(page.cardIDs.count == SearchPage.pageLimit)
        #expect(page.text.contains("Vis alle"))
        let all = try await site.get("/?alder=70&limit=200")
        #expect(all.cardIDs.count > SearchPage.pageLimit)
    }
}
