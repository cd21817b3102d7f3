@testable import Directory
import Foundation
@testable import Handout
import OfferModel
import Testing

@Suite struct DoctorHandoutTests {
    @Test func theFullCatalogueReadsBackWithHeadingsReferralsAndDanishLetters() throws {
        let directory = HandoutFixture.directory
        let handout = try directory.handout(HandoutRequest(audience: .doctor, today: HandoutFixture.today))
        let pdf = try HandoutFixture.keep(handout.pdf, as: "handout-laege.pdf")
        let text = try HandoutFixture.flatText(of: pdf)
        let published = try directory.published()

        #expect(text.contains("Sundhedstilbud i Ishøj Kommune"))
        #expect(text.contains("til praktiserende læger"))
        #expect(text.contains("Sådan henviser du"))
        #expect(text.contains("Ingen af tilbuddene kræver en henvisning fra læge."), "kataloget har ingen med henvisning fra læge")
        #expect(text.contains("Borgeren kan selv henvende sig: Badminton i socialpsykiatrien, NADA øreakupunktur, Boblberg.dk."))
        #expect(text.contains("Den nyeste udgave: ishoj.dk"))
        #expect(text.contains("Rygning og tobak"))
        #expect(text.contains("Ensomhed og fællesskab"))
        #expect(text.contains("Mental sundhed"))
        #expect(text.contains("Søvn, stress og uro"))
        #expect(text.contains("Se også: Mindfulnessforløb (under Mental sundhed)"), "tilbud med flere behov nævnes under de andre")
        #expect(text.contains("Adgang: Borgere, der skal have bevilget bleer, skal først tilknyttes klinikken."))
        #expect(text.contains("Adgang: Visitation. Borgerne visiteres til omsorgstandplejen."))
        #expect(text.contains("Adgang: Egen henvendelse"))
        #expect(text.contains("Kontakt: boblberg.dk"))
        #expect(text.contains("Kontakt: Ishøj Kommune: ishoj.dk"))
        #expect(!text.contains("ikke oplyst") && !text.contains("Spørg"))
        #expect(text.contains("Udskrevet 4. maj 2026"))
        let publicCount = published.publicOffers.count
        #expect(handout.offerCount == publicCount)
        let unverified = "endnu ikke bekræftet af centrene"
        #expect(text.components(separatedBy: unverified).count == 2, "bekræftelsen siges én gang")
        #expect(handout.pageCount <= 3, "oversigten skal kunne hænge på opslagstavlen")
        #expect(text.contains("Side 1 af \(handout.pageCount)"))
        #expect(text.contains("Side \(handout.pageCount) af \(handout.pageCount)"))
        for ended in published.offers where !ended.isPublic {
            #expect(!text.contains(ended.name), "ophørt tilbud skal ikke med: \(ended.name)")
        }
    }

    @Test func everyPublicOfferIsPrintedOnceUnderItsFirstNeed() throws {
        let directory = HandoutFixture.directory
        let content = try directory.handoutContent(HandoutRequest(audience: .doctor, today: HandoutFixture.today))
        let sections = DoctorHandout(content: content).sections
        let printed = sections.flatMap(\.offers).map(\.id)
        #expect(printed.count == Set(printed).count)
        #expect(Set(printed) == Set(try directory.published().publicOffers.map(\.id)))
        for section in sections {
            for offer in section.offers { #expect(offer.needs.first == section.theme.id, "\(offer.id) står under \(section.theme.id)") }
            for (offer, home) in section.seeAlso { #expect(offer.needs.first == home.id && offer.needs.contains(section.theme.id)) }
        }

        let pdf = try HandoutFixture.keep(try directory.handout(HandoutRequest(audience: .doctor, today: HandoutFixture.today)).pdf,
                                          as: "handout-laege-navne.pdf")
        let text = try HandoutFixture.flatText(of: pdf)
        for offer in content.offers {
            // "Ung på vej" also ends "Studiegruppe i Ung på vej".
            let longer = content.offers.filter { $0.id != offer.id && $0.name.hasSuffix(" " + offer.name) }.count
            #expect(text.components(separatedBy: " \(offer.name) — ").count == 2 + longer, "\(offer.name) skal stå præcis én gang")
        }
    }

    @Test func isA4AndPageOneIsKeptAsAnImage() throws {
        let handout = try HandoutFixture.directory.handout(HandoutRequest(audience: .doctor, today: HandoutFixture.today))
        let pdf = try HandoutFixture.keep(handout.pdf, as: "handout-laege-a4.pdf")
        let info = try HandoutFixture.info(of: pdf)
        #expect(info["Page size"]?.hasPrefix("595.276 x 841.89 pts (A4)") == true)
        #expect(info["Pages"] == String(handout.pageCount))
        #expect((2...3).contains(handout.pageCount))
        #expect(info["Title"] == "Sundhedstilbud i Ishøj Kommune — til praktiserende læger")
        let png = try HandoutFixture.renderFirstPage(of: pdf, to: "handout-laege-side1")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func oneThemeGivesOneSectionWithoutEndedOffers() throws {
        let request = HandoutRequest(audience: .doctor, needs: ["demens"], today: HandoutFixture.today)
        let handout = try HandoutFixture.directory.handout(request)
        let text = try HandoutFixture.flatText(of: try HandoutFixture.keep(handout.pdf, as: "handout-laege-demens.pdf"))
        #expect(text.contains("Demenscaféen"))
        #expect(!text.contains("Sammen om demens"), "tilbuddet er ophørt")
        #expect(!text.contains("Rygestopkursus"))
        #expect(handout.pageCount == 1)
    }

    @Test func aPausedOfferIsMarkedAndAnEndedOneLeftOut() throws {
        let content = HandoutContent(
            offers: [Offer(id: "p", name: "Gåhold", summary: "Gåture.", needs: ["motion"], status: .paused),
                     Offer(id: "e", name: "Slut-holdet", summary: "Ikke mere.", needs: ["motion"], status: .ended)],
            needs: [Need(id: "motion", name: "Motion")], centres: [],
            municipality: Municipality(id: "t", name: "Testby Kommune", web: "testby.dk"), printed: HandoutFixture.today)
        let handout = try DoctorHandout(content: content).render()
        let text = try HandoutFixture.flatText(of: try HandoutFixture.keep(handout.pdf, as: "handout-laege-pause.pdf"))
        #expect(handout.offerCount == 1)
        #expect(text.contains("Gåhold — på pause"))
        #expect(!text.contains("Slut-holdet"))
        #expect(!text.contains("Adgang") && !text.contains("ikke oplyst"), "en adgang, kataloget ikke har, udelades")
    }

    @Test func anOfferWithoutContactUsesItsCentresContactElseTheMunicipalitysWeb() throws {
        let content = HandoutContent(
            offers: [
                Offer(id: "a", name: "Gåhold", summary: "Gåture.", needs: ["motion"], centre: "sund"),
                Offer(id: "b", name: "Madhold", summary: "Mad.", needs: ["motion"], centre: "aeldre"),
            ],
            needs: [Need(id: "motion", name: "Motion")],
            centres: [Centre(id: "sund", name: "Sundhedscentret", contact: Contact(phone: "11 22 33 44")),
                      Centre(id: "aeldre", name: "Ældrecentret")],
            municipality: Municipality(id: "testby", name: "Testby Kommune", web: "testby.dk"),
            printed: HandoutFixture.today)
        let handout = try DoctorHandout(content: content).render()
        let text = try HandoutFixture.flatText(of: try HandoutFixture.keep(handout.pdf, as: "handout-laege-kontakt.pdf"))
        #expect(text.contains("Kontakt: Sundhedscentret: tlf. 11 22 33 44"))
        #expect(text.contains("Kontakt: Testby Kommune: testby.dk"))
        #expect(text.contains("Sundhedstilbud i Testby Kommune"))
    }

    @Test func nothingToPrintIsAnError() {
        let content = HandoutContent(offers: [Offer(id: "x", name: "Slut", summary: "", needs: [], status: .ended)],
                                     needs: [], centres: [], municipality: Municipality(id: "t", name: "T"),
                                     printed: HandoutFixture.today)
        #expect(throws: HandoutError.noOffers) { try DoctorHandout(content: content).render() }
    }
}
