import OfferModel
import Testing

@Suite struct ReadabilityTests {
    @Test func countsWordsSentencesAndLongWords() {
        // 6 words, 2 sentences, 1 long word ("sundhed" has 7 letters): 6/2 + 100*1/6.
        let lix = Readability.lix("Du kan gå. Det er sundhed!")
        #expect(lix.map { abs($0 - (3 + 100.0 / 6)) < 0.0001 } == true)
    }

    @Test func textAfterTheLastMarkIsASentenceAndSignsAreNotWords() {
        // "Er du 18-29 år" and "Kom i gang" are two sentences; "–" is not a word.
        let lix = Readability.lix("Er du 18-29 år? Kom i gang –")
        #expect(lix.map { abs($0 - 7.0 / 2) < 0.0001 } == true)
        #expect(Readability.lix("  – ") == nil)
    }

    @Test func bandsFollowTheUsualLimits() {
        #expect(Readability.band(30) == "let")
        #expect(Readability.band(40) == "middel")
        #expect(Readability.band(50) == "svær")
    }
}
