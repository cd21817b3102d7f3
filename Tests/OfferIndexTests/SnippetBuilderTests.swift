@testable import OfferIndex
import Testing

@Suite struct SnippetBuilderTests {
    @Test func keepsTheTextAndMarksMatches() throws {
        let builder = SnippetBuilder(analyzer: try TextAnalyzer())
        let parts = builder.snippet(of: "Hjælp til at stoppe med at ryge. Rygestopkurser hver uge!", matching: ["rygestopkurs"])
        #expect(parts.map(\.text).joined() == "Hjælp til at stoppe med at ryge. Rygestopkurser hver uge!")
        #expect(parts.filter(\.marked).map(\.text) == ["Rygestopkurser"])
    }

    @Test func cutsLongTextsAroundTheMatch() throws {
        let builder = SnippetBuilder(analyzer: try TextAnalyzer())
        let text = Array(repeating: "ord", count: 60).joined(separator: " ") + " ensomhed " + Array(repeating: "mere", count: 60).joined(separator: " ")
        let parts = builder.snippet(of: text, matching: ["ensom"])
        let joined = parts.map(\.text).joined()
        #expect(joined.hasPrefix("… ") && joined.hasSuffix(" …"))
        #expect(parts.contains { $0.marked && $0.text == "ensomhed" })
    }

    /// A term shorter than four letters marks only words that stem to it, not every word it begins.
    @Test func shortTermsMarkOnlyWordsWithThatStem() throws {
        let builder = SnippetBuilder(analyzer: try TextAnalyzer())
        let parts = builder.snippet(of: "Turen og ture for turister. Gåtur!", matching: ["tur"])
        #expect(parts.filter(\.marked).map(\.text) == ["Turen", "ture"])
        let long = builder.snippet(of: "Turister på gåtur", matching: ["turist"])
        #expect(long.filter(\.marked).map(\.text) == ["Turister"])
    }

    @Test func controlCharactersBecomeSpaces() throws {
        let builder = SnippetBuilder(analyzer: try TextAnalyzer())
        let joined = builder.snippet(of: "a\u{1B}b\u{7}c", matching: []).map(\.text).joined()
        #expect(!joined.contains("\u{1B}"))
    }
}
