/// Finds the words of a text in one pass over its UTF-8 bytes, lower-casing as it goes.
///
/// A word is a run of letters and digits. ASCII and Latin-1 letters (æ ø å é ü ...) take a
/// fast path; any other scalar is judged by its Unicode properties. Indexing and searching
/// both read text through this, so they always agree on what a word is.
enum WordScanner {
    /// Calls body with each lower-cased word and the byte range it has in `text.utf8`;
    /// body returns false to stop early.
    static func forEachWord(in text: String, _ body: (String, Range<Int>) -> Bool) {
        forEachWordBytes(in: text) { word, range in body(String(decoding: word, as: UTF8.self), range) }
    }

    /// As `forEachWord`, with each word as its lower-cased UTF-8 bytes, valid only during the
    /// call: a caller that looks at most words only briefly (snippets) makes no strings for them.
    static func forEachWordBytes(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            // A word already in lower case is handed over as a slice of the text; `word` gets a
            // copy only from the first letter that lower-casing changes.
            var word: [UInt8] = []
            word.reserveCapacity(32)
            var copied = false
            var start = -1
            var index = 0
            var going = true
            let count = bytes.count
            func finish(_ end: Int) {
                if start >= 0 {
                    if copied {
                        going = word.withUnsafeBufferPointer { body($0, start..<end) }
                        word.removeAll(keepingCapacity: true)
                        copied = false
                    } else {
                        going = body(UnsafeBufferPointer(rebasing: bytes[start..<end]), start..<end)
                    }
                    start = -1
                }
            }
            func copy() {
                if !copied { word.append(contentsOf: bytes[start..<index]); copied = true }
            }
            while index < count && going {
                let byte = bytes[index]
                if byte < 0x80 {
                    if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                        if start < 0 { start = index }
                        if copied { word.append(byte) }
                    } else if byte >= 0x41 && byte <= 0x5A {
                        if start < 0 { start = index }
                        copy()
                        word.append(byte + 0x20)
                    } else {
                        finish(index)
                    }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                guard index + length <= count, let scalar = decode(bytes, at: index, length: length) else {
                    finish(index)
                    index += 1
                    continue
                }
                if let lower = lowercasedLetter(scalar) {
                    if start < 0 { start = index }
                    if lower != scalar { copy() }
                    if copied { appendUTF8(lower, to: &word) }
                } else {
                    finish(index)
                }
                index += length
            }
            if going { finish(count) }
        }
    }

    /// The lower-cased words of text.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { word, _ in result.append(word); return true }
        return result
    }

    /// The scalar lower-cased if it is a letter or digit, else nil.
    private static func lowercasedLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value >= 0xC0 && value <= 0xFF {
            if value == 0xD7 || value == 0xF7 { return nil }
            return value <= 0xDE && value != 0xDF ? Unicode.Scalar(value + 0x20) : scalar
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType == .decimal else { return nil }
        let lower = properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar? {
        var value = UInt32(bytes[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80: bytes.append(UInt8(value))
        case 0x80..<0x800: bytes += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
        case 0x800..<0x10000:
            bytes += [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
        default:
            bytes += [UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
        }
    }
}
