import Catalog
import Testing

@Suite struct OfferIDTests {
    @Test func idsFollowTheFileNameRules() {
        #expect(OfferID.make(from: "Forebyggende hjemmebesøg", taken: { _ in false }) == "forebyggende-hjemmebesoeg")
        #expect(OfferID.make(from: "Æblehaven – for ældre (65+)", taken: { _ in false }) == "aeblehaven-for-aeldre-65")
        #expect(OfferID.make(from: "Café Ørkenrosé", taken: { _ in false }) == "cafe-oerkenrose")
        #expect(OfferID.make(from: "!!!", taken: { _ in false }) == "tilbud")
        #expect(OfferID.make(from: String(repeating: "langt navn ", count: 20), taken: { _ in false }).count <= OfferID.maxLength)
    }

    @Test func aTakenIdGetsANumber() {
        let taken: Set = ["rygestop", "rygestop-2"]
        #expect(OfferID.make(from: "Rygestop", taken: taken.contains) == "rygestop-3")
        for id in ["rygestop", "rygestop-3", "a-1"] { #expect(OfferID.isValid(id)) }
        for id in ["../x", "a/b", "A", "a--b", "-a", "a.yaml", ""] { #expect(!OfferID.isValid(id)) }
    }
}
