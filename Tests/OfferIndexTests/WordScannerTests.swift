@testable import OfferIndex
import Testing

@Suite struct WordScannerTests {
    @Test func wordsAreLowerCasedWithTheirByteRanges() {
        let text = "Ældre ØVER sig, også i Ishøj: 82-årig ÅRHUS café Ἀθῆναι"
        var found: [(String, String)] = []
        WordScanner.forEachWord(in: text) { word, range in
            found.append((word, String(decoding: Array(text.utf8)[range], as: UTF8.self)))
            return true
        }
        #expect(found.map(\.0) == ["ældre", "øver", "sig", "også", "i", "ishøj", "82", "årig", "århus", "café", "ἀθῆναι"])
        #expect(found.map(\.1) == ["Ældre", "ØVER", "sig", "også", "i", "Ishøj", "82", "årig", "ÅRHUS", "café", "Ἀθῆναι"])
    }

    @Test func bytesAndStringsAgreeAndScanningStops() {
        let text = "abc Def ghI jkl"
        var bytes: [String] = []
        WordScanner.forEachWordBytes(in: text) { word, _ in
            bytes.append(String(decoding: word, as: UTF8.self))
            return bytes.count < 3
        }
        #expect(bytes == ["abc", "def", "ghi"])
    }
}
