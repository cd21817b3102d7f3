import Catalog
import Foundation
import OfferModel
import Testing
import TestSupport

@Suite struct CatalogWriterTests {
    @Test func trickyTextsReloadUnchanged() throws {
        let offer = Offer(
            id: "svaer-tekst", name: "null", summary: "ja: nej # ikke en kommentar",
            description: "Første linje.\n  indrykket linje\n- ikke en liste\n\nEfter en tom linje: 'slut'.",
            needs: ["rygning"], ages: AgeRange(from: 0, to: 130), centre: "sundhedscenter", audience: "yes",
            access: [.selfReferral, .assessment], referral: "@henvisning", contact: Contact(phone: "+45 12 34 56 78", email: "a@b.dk", web: "https://x.dk/a?b=c&d#e"),
            place: Place(name: "[Kælderen]", address: "'Vejen' 1, 2635 Ishøj"), schedule: "2026-03-31", price: "~", languages: ["dansk", "a, b"],
            status: .paused, lastVerified: CalendarDate("2026-02-28"), owner: "* stjerne", keywords: ["yes", "1,5", "{x}", "æøå"],
            situations: ["Min mor: taler ikke dansk.", "- ikke en liste", "no"],
            municipality: "anden-kommune", kind: .homeVisit, sources: ["dok.txt: afsnit 'A: B'", "- streg"],
            internalInfo: InternalInfo(note: "Kun for personalet: \"hemmeligt\"", phone: "11 11 11 11"))
        let municipality = Municipality(id: "testby", name: "Testby Kommune", web: "testby.dk")
        let needs = [Need(id: "rygning", name: "Rygning: og tobak", description: "true")]
        let centres = [Centre(id: "sundhedscenter", name: "Sundhedscentret", description: "Linje 1\nLinje 2",
                              contact: Contact(phone: "12 34 56 78", email: "", web: "x.dk"), address: "Torvet 1")]
        let folder = TemporaryFolder("skrevet")
        for file in try CatalogWriter.files(municipality: municipality, needs: needs, centres: centres, offers: [offer]) {
            folder.write(file.path, file.text)
        }
        let catalog = try CatalogLoader().load(path: folder.path)
        #expect(catalog.errors.isEmpty, "\(catalog.errors)")
        #expect(catalog.municipality == municipality)
        #expect(catalog.needs == needs)
        #expect(catalog.centres == centres)
        #expect(catalog.offers == [offer])
    }

    @Test func fieldsFollowTheDocumentedOrderAndEmptyOnesAreLeftOut() throws {
        let offer = Offer(id: "kort", name: "Kort", summary: "Et kort tilbud.", needs: ["rygning"], centre: "c",
                          status: .active, municipality: "testby", sources: ["kilde.txt"])
        let text = try CatalogWriter.offerYAML(offer, defaultMunicipality: "testby")
        #expect(text == "navn: Kort\nkort: Et kort tilbud.\nbehov: [rygning]\ncenter: c\nstatus: aktiv\nkilde:\n  - kilde.txt\n")
    }
}

@Suite struct CatalogWriterFieldLinesTests {
    @Test func eachLineKnowsItsField() throws {
        let offer = Offer(id: "a", name: "A", summary: "Kort.", description: "Linje 1\nLinje 2", needs: ["rygning"],
                          ages: AgeRange(from: 4, to: 12), contact: Contact(phone: "12", email: "a@b.dk"), status: .active,
                          sources: ["k1", "k2"], internalInfo: InternalInfo(note: "n"))
        let text = try CatalogWriter.offerYAML(offer, defaultMunicipality: "x")
        let fields = CatalogWriter.fieldLines(of: text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func field(ofLineStarting prefix: String) -> String? {
            lines.firstIndex { $0.hasPrefix(prefix) }.flatMap { fields[$0 + 1] }
        }
        #expect(field(ofLineStarting: "  Linje 2") == "beskrivelse")
        #expect(field(ofLineStarting: "  til:") == "alder.til")
        #expect(field(ofLineStarting: "  telefon:") == "kontakt.telefon")
        #expect(field(ofLineStarting: "  email:") == "kontakt.email")
        #expect(field(ofLineStarting: "  - k2") == "kilde")
        #expect(field(ofLineStarting: "  note:") == "intern.note")
        #expect(text.contains("beskrivelse: |\n  Linje 1\n  Linje 2\n"))
    }
}
