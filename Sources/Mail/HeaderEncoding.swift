import Foundation

/// RFC 2047 encoded-words for header text that is not plain ASCII (`=?UTF-8?B?...?=`), split
/// so that no encoded-word is longer than 75 characters and no character is cut in two.
enum HeaderEncoding {
    static func encode(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if flat.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) && !flat.contains("=?") {
            return flat
        }
        // 39 bytes become 52 base64 characters: with `=?UTF-8?B?` and `?=` a word is 64 long, and a
        // header line with its name in front stays within 76.
        var words: [String] = []
        var chunk = Data()
        for character in flat {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 39 {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\n ")
    }
}

/// The quoted-printable transfer encoding (RFC 2045) of UTF-8 text: readable where it is ASCII,
/// lines of at most 76 characters with soft breaks, line ends kept as they are.
enum QuotedPrintable {
    static func encode(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { encodeLine(Substring($0)) }.joined(separator: "\n")
    }

    private static func encodeLine(_ line: Substring) -> String {
        var out = ""
        var width = 0
        let bytes = Array(line.utf8)
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || (byte == 32 && !last) || (byte == 9 && !last)
            let piece = literal ? String(UnicodeScalar(byte)) : String(format: "=%02X", Int(byte))
            if width + piece.count > 75 {
                out += "=\n"
                width = 0
            }
            out += piece
            width += piece.count
        }
        return out
    }
}
