@testable import OfferIndex
import Testing

@Suite struct DecompounderTests {
    let splitter = Decompounder(vocabulary: ["rygestop", "kursus", "kurser", "tand", "pleje", "tandpleje", "tilbud",
                                             "sundhed", "tip", "tap", "tynde", "for", "løb", "forløb", "program"])

    @Test func splitsIntoKnownWords() {
        #expect(splitter.split("rygestopkursus") == ["rygestop", "kursus"])
        #expect(splitter.split("tandplejetilbud") == ["tandpleje", "tilbud"])
        #expect(splitter.split("tiptaptynde") == ["tip", "tap", "tynde"])
    }

    @Test func linkingLettersAndLongestFirstPart() {
        #expect(splitter.split("sundhedstilbud") == ["sundhed", "tilbud"])
        #expect(splitter.split("forløbsprogram") == ["forløb", "program"])
    }

    @Test func theLastPartMayBeUnknown() {
        #expect(splitter.split("rygestopkurserne") == ["rygestop", "kurserne"])
        #expect(splitter.split("tandpine") == ["tand", "pine"])
        #expect(splitter.split("tandsæt") == nil, "for kort hale")
    }

    @Test func leavesOtherWordsAlone() {
        #expect(splitter.split("rygestop") == nil)
        #expect(splitter.split("diabetes") == nil)
        #expect(splitter.split("ab") == nil)
    }
}
