import Foundation
import OfferModel

/// The parameters of a URL's query (`?q=...&behov=a&behov=b`), decoded as browsers encode forms.
///
/// Hummingbird's own query parser does not turn `+` into a space, which every HTML form sends,
/// so the web app reads queries here. At most `maxPairs` pairs are read; the rest are ignored.
struct QueryString: Sendable {
    static let maxPairs = 200

    private(set) var pairs: [(name: String, value: String)] = []

    init(_ query: String?) {
        guard let query, !query.isEmpty else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true).prefix(Self.maxPairs) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
            pairs.append((name, value))
        }
    }

    /// The first value of `name`, trimmed; nil when absent or empty.
    func first(_ name: String) -> String? {
        guard let value = pairs.first(where: { $0.name == name })?.value else { return nil }
        let trimmed = value.trimmedWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Every non-empty value of `name`, also comma-separated ones (`ids=a,b&ids=c`), without repeats.
    func all(_ name: String, splittingCommas: Bool = false) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for pair in pairs where pair.name == name {
            let values = splittingCommas ? pair.value.split(separator: ",").map(String.init) : [pair.value]
            for value in values {
                let trimmed = value.trimmedWhitespace
                if !trimmed.isEmpty, seen.insert(trimmed).inserted { result.append(trimmed) }
            }
        }
        return result
    }

    /// `+` is a space; `%XX` is a byte of UTF-8; a broken escape is kept as written.
    static func decode(_ text: Substring) -> String {
        var text = text
        return text.withUTF8 { input in
            // Most names and many values need no decoding at all.
            guard input.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else {
                return String(decoding: input, as: UTF8.self)
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(input.count)
            var index = 0
            while index < input.count {
                let byte = input[index]
                index += 1
                switch byte {
                case UInt8(ascii: "+"):
                    bytes.append(UInt8(ascii: " "))
                case UInt8(ascii: "%"):
                    if index + 1 < input.count, let high = hexValue(input[index]), let low = hexValue(input[index + 1]) {
                        bytes.append(high << 4 | low)
                        index += 2
                    } else {
                        bytes.append(byte)
                    }
                default:
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// Builds a query string for a link, percent-encoding every name and value.
struct QueryBuilder {
    private var parts: [String] = []

    mutating func add(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        parts.append(Self.encode(name) + "=" + Self.encode(value))
    }

    mutating func add(_ name: String, _ values: [String]) {
        for value in values { add(name, value) }
    }

    /// `path` with `?query` when there is any.
    func url(_ path: String) -> String {
        parts.isEmpty ? path : path + "?" + parts.joined(separator: "&")
    }

    /// Keeps only unreserved characters (RFC 3986) as they are.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
