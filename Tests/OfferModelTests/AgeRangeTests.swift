import OfferModel
import Testing

@Suite struct AgeRangeTests {
    @Test func missingBoundsAreOpen() {
        #expect(AgeRange().contains(0))
        #expect(AgeRange().contains(120))
        #expect(AgeRange(from: 75).contains(75))
        #expect(!AgeRange(from: 75).contains(74))
        #expect(AgeRange(to: 12).contains(0))
        #expect(!AgeRange(to: 12).contains(13))
    }

    @Test func boundsAreInclusive() {
        let range = AgeRange(from: 65, to: 79)
        #expect(range.contains(65) && range.contains(79))
        #expect(!range.contains(64) && !range.contains(80))
    }

    @Test func danishLabels() {
        #expect(AgeRange().label == "alle aldre")
        #expect(AgeRange(from: 75).label == "75 år og ældre")
        #expect(AgeRange(to: 17).label == "op til 17 år")
        #expect(AgeRange(from: 4, to: 12).label == "4-12 år")
    }
}
