@testable import OfferIndex
import OfferModel
import Testing

@Suite struct StoredOfferTests {
    static let full = Offer(
        id: "tip-tap-tynde", name: "Tip Tap Tynde", summary: "Bevægelse for børn — med \"citat\" og æøå.",
        description: "Linje 1\nLinje 2 med emoji 🙂 og NUL-fri tekst.", needs: ["overvaegt", "fysisk-aktivitet"],
        ages: AgeRange(from: 4, to: 12), centre: "sundhedscenter", audience: "Børn og forældre",
        access: [.selfReferral, .doctorReferral], referral: "Ring til os", contact: Contact(phone: "43 57 75 00", email: "a@b.dk", web: "https://ishoj.dk"),
        place: Place(name: "Hallen", address: "Vejen 1"), schedule: "Tirsdag 16-17", price: "Gratis",
        languages: ["da", "en"], status: .paused, lastVerified: CalendarDate("2026-03-01"), owner: "Sundhed",
        keywords: ["børn", "vægt"], situations: ["Barnet er for tykt", "Vi bevæger os for lidt"], municipality: "ishoj", kind: .team, sources: ["seeds/notat.md"],
        internalInfo: InternalInfo(note: "kun til personalet", phone: "1234"))

    @Test func everyPublicFieldSurvivesAndInternalNotesAreNotStored() throws {
        let bytes = StoredOffer.encode(Self.full)
        var expected = Self.full
        expected.internalInfo = nil
        #expect(try StoredOffer.decode(bytes) == expected)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("kun til personalet"))
    }

    @Test func emptyFieldsAndOpenOrNegativeAgesSurvive() throws {
        let sparse = Offer(id: "a", name: "", summary: "", needs: [], ages: AgeRange(from: nil, to: 130))
        #expect(try StoredOffer.decode(StoredOffer.encode(sparse)) == sparse)
        let odd = Offer(id: "b", name: "x", summary: "", needs: [], ages: AgeRange(from: -1, to: Int(Int32.max)))
        #expect(try StoredOffer.decode(StoredOffer.encode(odd)) == odd)
    }

    @Test func damagedDataIsAnErrorNotACrash() {
        let bytes = StoredOffer.encode(Self.full)
        for length in [0, 1, 2, bytes.count / 2, bytes.count - 1] {
            #expect(throws: IndexError.self) { try StoredOffer.decode(Array(bytes.prefix(length))) }
        }
        #expect(throws: IndexError.self) { try StoredOffer.decode(bytes + [0]) }
        #expect(throws: IndexError.self) { try StoredOffer.decode([UInt8(ascii: "{")] + bytes.dropFirst()) }
        #expect(throws: IndexError.self) { try StoredOffer.decode([StoredOffer.format] + Array(repeating: 0xFF, count: 20)) }
    }
}
