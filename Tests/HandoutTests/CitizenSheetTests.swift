@testable import Directory
import Foundation
@testable import Handout
import OfferModel
import Testing

@Suite struct CitizenSheetTests {
    static let chosen = ["rygestopkursus", "boblberg", "kontinensklinik", "demenscafe"]

    @Test func printsTheChosenOffersInTheGivenOrderInPlainDanish() throws {
        let directory = HandoutFixture.directory
        let handout = try directory.handout(HandoutRequest(audience: .citizen, ids: Self.chosen, today: HandoutFixture.today))
        let pdf = try HandoutFixture.keep(handout.pdf, as: "handout-borger.pdf")
        let text = try HandoutFixture.flatText(of: pdf)
        #expect(handout.offerCount == 4)
        #expect(text.contains("Tilbud til dig"))
        #expect(text.contains("fra Ishøj Kommune"))
        #expect(text.contains("Her kan du læse om 4 tilbud, som kan passe til dig."))
        let names = ["Rygestopkursus", "Boblberg.dk", "Kontinensklinikken", "Demenscaféen"]
        let positions = names.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "rækkefølgen fra --ids")
        #expect(text.contains("Sådan kommer du med Du kan selv kontakte tilbuddet."))
        #expect(text.contains("Borgere, der skal have bevilget bleer, skal først tilknyttes klinikken."))
        #expect(text.contains("Hvor? Lægecentret i Ishøj Bycenter, Ishøj Bycenter, 5. sal"))
        #expect(text.contains("Kontakt boblberg.dk"))
        #expect(text.contains("Kontakt Ishøj Kommune: ishoj.dk"))
        #expect(!text.contains("ikke oplyst") && !text.contains("Spørg") && !text.contains("Kontakt tilbuddet"))
        #expect(!text.contains("2018") && !text.contains("TV-Ishøj"), "rådets egne bemærkninger hører ikke til på arket")
        #expect(text.contains("Din kontaktperson i kommunen"))
        #expect(text.contains("Navn:"))
        #expect(text.contains("Telefon:"))
        #expect(text.contains("Side 1 af \(handout.pageCount)"))
    }

    @Test func eachChosenOfferAppearsOnceEvenIfChosenTwice() throws {
        let ids = ["boblberg", "nada", "boblberg"]
        let handout = try HandoutFixture.directory.handout(HandoutRequest(audience: .citizen, ids: ids, today: HandoutFixture.today))
        #expect(handout.offerCount == 2)
        let pdf = try HandoutFixture.keep(handout.pdf, as: "handout-borger-to.pdf")
        let lines = try HandoutFixture.text(of: pdf).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(lines.filter { $0 == "Boblberg.dk" }.count == 1)
    }

    @Test func bodyTextIsAtLeastTwelvePointOnAnA4Page() throws {
        let handout = try HandoutFixture.directory.handout(HandoutRequest(audience: .citizen, ids: Self.chosen, today: HandoutFixture.today))
        let pdf = try HandoutFixture.keep(handout.pdf, as: "handout-borger-a4.pdf")
        let info = try HandoutFixture.info(of: pdf)
        #expect(info["Page size"]?.hasPrefix("595.276 x 841.89 pts (A4)") == true)
        #expect(info["Pages"] == String(handout.pageCount))
        #expect(CitizenSheet.bodySize >= 12)
        // pdftotext's word box is the font's ascent plus descent: about 1.16 x the size for DejaVu Sans.
        let words = try HandoutFixture.wordHeights(of: pdf)
        let body = words.filter { ["Kontakt", "Hvor?", "Sådan"].contains($0.word) }
        #expect(!body.isEmpty)
        #expect(body.allSatisfy { $0.height >= 12 * 1.1 }, "\(body)")
        let png = try HandoutFixture.renderFirstPage(of: pdf, to: "handout-borger-side1")
        #expect(FileManager.default.fileExists(atPath: png))
    }

    @Test func aPausedOfferSaysSoAndTheStaffLinesAreThere() throws {
        let content = HandoutContent(
            offers: [Offer(id: "p", name: "Gåhold for seniorer", summary: "Gåture i naturen.", needs: ["motion"],
                           ages: AgeRange(from: 65), access: [.selfReferral, .doctorReferral], status: .paused)],
            needs: [Need(id: "motion", name: "Motion")], centres: [],
            municipality: Municipality(id: "t", name: "Testby Kommune", web: "testby.dk"), printed: HandoutFixture.today)
        let handout = try CitizenSheet(content: content).render()
        let text = try HandoutFixture.flatText(of: try HandoutFixture.keep(handout.pdf, as: "handout-borger-pause.pdf"))
        #expect(handout.pageCount == 1)
        #expect(text.contains("Tilbuddet holder pause lige nu."))
        #expect(text.contains("Alder: 65 år og ældre."))
        #expect(text.contains("Sådan kommer du med Du kan selv kontakte tilbuddet. Din læge skal henvise dig."))
        #expect(text.contains("Kontakt Testby Kommune: testby.dk"))
        #expect(!text.contains("Hvor?") && !text.contains("Hvornår?"), "rækker uden oplysninger udelades")
        #expect(text.contains("Navn:") && text.contains("Telefon:"))
    }

    /// Three typical offers fit one A4 page and six fit two, with every row holding a value and
    /// exactly one contact line per offer.
    @Test func threeTypicalOffersFillOnePageAndSixFillTwo() throws {
        let three = ["rygestopkursus", "klippekortsordning", "kontinensklinik"]
        let six = three + ["nada", "forebyggende-hjemmebesoeg", "sorg-og-livsmodsgrupper"]
        for (ids, pages) in [(three, 1), (six, 2)] {
            let handout = try HandoutFixture.directory.handout(HandoutRequest(audience: .citizen, ids: ids, today: HandoutFixture.today))
            let pdf = try HandoutFixture.keep(handout.pdf, as: "handout-borger-\(ids.count).pdf")
            #expect(try HandoutFixture.info(of: pdf)["Pages"] == String(pages), "\(ids.count) tilbud")
            let text = try HandoutFixture.flatText(of: pdf)
            let labels = ["For hvem?", "Sådan kommer du med", "Hvor?", "Hvornår?", "Pris", "Kontakt"]
            for first in labels {
                for second in labels { #expect(!text.contains("\(first) \(second)"), "'\(first)' uden værdi") }
            }
            #expect(text.components(separatedBy: "Kontakt ").count - 1 == ids.count, "én kontaktlinje pr. tilbud")
        }
    }
}
