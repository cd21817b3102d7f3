import Foundation
import OfferModel
import Testing

@Suite struct StringWhitespaceTests {
    /// Trims exactly what Foundation's `.whitespacesAndNewlines` trims, without Foundation.
    @Test func trimsWhatFoundationTrims() {
        for text in ["", "a", " a ", "\u{85}b\u{2028}", "\u{1680}\u{3000}", "æ\u{202F}ø", "\u{FEFF}c", "\r\n d \t"] {
            #expect(text.trimmedWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
