import Foundation
@testable import Handout
import OfferModel
import Testing

@Suite struct TextBlockTests {
    @Test func measuresWrappedTextBeforeItIsPlaced() throws {
        let document = try PDFDocument(title: "Måling")
        let short = try TextBlock([TextRun("Ærø og Åbenrå")], style: TextStyle(size: 10), width: 400, in: document)
        let long = try TextBlock([TextRun(String(repeating: "Sundhedstilbud for ældre borgere. ", count: 20))],
                                 style: TextStyle(size: 10), width: 400, in: document)
        #expect(short.height > 10 && short.height < 14)
        #expect(long.height > 4 * short.height, "lang tekst brydes over flere linjer")
        let capped = try TextBlock([TextRun(String(repeating: "Sundhedstilbud for ældre borgere. ", count: 20))],
                                   style: TextStyle(size: 10, maxLines: 2), width: 400, in: document)
        #expect(capped.height < 2.5 * short.height)
        #expect(short.usedWidth < 400)
    }

    @Test func catalogueTextIsPrintedAsWrittenNeverAsMarkup() throws {
        let offer = Offer(id: "m", name: "Mor & barn <b>hold</b>", summary: "Leg & læring for 0-3 år <ikke markup>.",
                          needs: ["familie"], audience: "Mødre & fædre <i>med baby</i>", contact: Contact(email: "mor&barn@testby.dk"))
        let content = HandoutContent(offers: [offer], needs: [Need(id: "familie", name: "Børn & familie")], centres: [],
                                     municipality: Municipality(id: "t", name: "Testby Kommune", web: "testby.dk"),
                                     printed: HandoutFixture.today)
        for (name, handout) in [("borger", try CitizenSheet(content: content).render()),
                                ("laege", try DoctorHandout(content: content).render())] {
            let text = try HandoutFixture.flatText(of: try HandoutFixture.keep(handout.pdf, as: "handout-\(name)-markup.pdf"))
            #expect(text.contains("Mor & barn <b>hold</b>"))
            #expect(text.contains("Mødre & fædre <i>med baby</i>"))
            // The GP overview leaves the short text out (name, for whom, access, contact).
            if name == "borger" { #expect(text.contains("Leg & læring for 0-3 år <ikke markup>.")) }
            #expect(text.contains("mor&barn@testby.dk"))
        }
    }
}
