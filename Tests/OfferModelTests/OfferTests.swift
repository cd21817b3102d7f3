import Foundation
import OfferModel
import Testing

@Suite struct OfferTests {
    @Test func codesWithDanishFieldNames() throws {
        let offer = Offer(id: "nada", name: "NADA", summary: "Øreakupunktur.", needs: ["mental-sundhed"],
                          ages: AgeRange(from: 18), access: [.selfReferral], contact: Contact(phone: "12 34 56 78"),
                          lastVerified: CalendarDate("2026-10-01"))
        let json = String(decoding: try JSONEncoder().encode(offer), as: UTF8.self)
        for key in ["\"navn\"", "\"kort\"", "\"behov\"", "\"alder\"", "\"fra\"", "\"adgang\"", "\"egen-henvendelse\"",
                    "\"kontakt\"", "\"telefon\"", "\"sidst_verificeret\"", "\"2026-10-01\""] {
            #expect(json.contains(key), "mangler \(key) i \(json)")
        }
        let back = try JSONDecoder().decode(Offer.self, from: Data(json.utf8))
        #expect(back == offer)
    }

    @Test func internalInformationIsNeverCoded() throws {
        var offer = Offer(id: "x", name: "X", summary: "Y", needs: ["a"])
        offer.internalInfo = InternalInfo(note: "HEMMELIG-NOTE", phone: "99 99 99 99")
        let json = String(decoding: try JSONEncoder().encode(offer), as: UTF8.self)
        #expect(!json.contains("HEMMELIG-NOTE"))
        #expect(!json.contains("99 99 99 99"))
        #expect(!json.contains("intern"))
    }

    @Test func endedOffersAreNotPublic() {
        var offer = Offer(id: "x", name: "X", summary: "Y", needs: ["a"])
        #expect(offer.isPublic)
        offer.status = .paused
        #expect(offer.isPublic)
        offer.status = .ended
        #expect(!offer.isPublic)
    }
}
