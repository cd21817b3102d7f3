@testable import OfferIndex
import Testing

@Suite struct ByteInternerTests {
    @Test func equalBytesGetOneNumberAndDifferentBytesAnother() {
        var interner = ByteInterner()
        #expect(interner.intern("ældre") == (0, true))
        #expect(interner.intern("aeldre") == (1, true))
        #expect(interner.intern("ældre") == (0, false))
        #expect(interner.intern("") == (2, true))
        #expect(interner.intern("") == (2, false))
        #expect(interner.string(0) == "ældre" && interner.string(1) == "aeldre")
        #expect(interner.count == 3)
    }

    /// Past its first table size it grows and still finds every string; after `removeAll` it starts over.
    @Test func keepsEveryStringAcrossGrowth() {
        var interner = ByteInterner()
        let words = (0..<20_000).map { "ord\($0)ø" }
        for (index, word) in words.enumerated() { #expect(interner.intern(word) == (index, true)) }
        #expect(words.indices.allSatisfy { interner.intern(words[$0]) == ($0, false) })
        #expect(interner.string(12_345) == "ord12345ø")
        interner.removeAll()
        #expect(interner.count == 0 && interner.intern("ord5ø") == (0, true))
    }
}
