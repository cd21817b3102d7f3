import Foundation

/// Gives each distinct byte string a small number, found by hashing its bytes.
///
/// Building a document looks up every word of an offer, about 110 in the shared benchmark's.
/// With `[String: ...]` dictionaries that was the largest single cost of the build: Swift
/// hashes and compares a non-ASCII string (any word with æ, ø or å) through Unicode
/// normalisation, and each word first had to become a `String`. Words here are already
/// lower-cased bytes from `WordScanner`, so plain byte equality is the right equality.
struct ByteInterner {
    /// The strings back to back; string i is `arena[starts[i] ..< starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing: number + 1 of the string in each slot, 0 when empty. Power-of-two size.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    var count: Int { hashes.count }

    /// The number of bytes, and whether it was new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if hashes[number] == hash && equals(number, bytes) { return (number, false) }
            slot = (slot + 1) & mask
        }
        let number = hashes.count
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        hashes.append(hash)
        slots[slot] = Int32(number + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (number, true)
    }

    /// As `intern(_:)` for a string's UTF-8 bytes.
    mutating func intern(_ text: String) -> (number: Int, isNew: Bool) {
        var text = text
        return text.withUTF8 { intern($0) }
    }

    /// Calls body with the bytes of string number.
    func withBytes<T>(of number: Int, _ body: (ArraySlice<UInt8>) -> T) -> T {
        body(arena[starts[number] ..< starts[number + 1]])
    }

    /// The string number as text.
    func string(_ number: Int) -> String {
        withBytes(of: number) { String(decoding: $0, as: UTF8.self) }
    }

    mutating func removeAll() {
        arena.removeAll(keepingCapacity: true)
        starts = [0]
        hashes.removeAll(keepingCapacity: true)
        slots = Array(repeating: 0, count: 1024)
    }

    private func equals(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number], end = starts[number + 1]
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            bytes.isEmpty || memcmp(stored.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    /// FNV-1a, 64 bits, with the high bits folded down (slots are picked by the low bits).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}
