import Hummingbird

/// Whether an answer goes out gzip-compressed: when the client lists gzip in Accept-Encoding
/// (RFC 9110, section 12.5.3), and the answer is text worth compressing.
///
/// One rule for every place that compresses (`APIRoutes`, `StaticFiles`, `CompressionMiddleware`)
/// and for `SearchCacheHandler`, which keeps gzip and plain answers apart by it.
enum ContentCoding {
    /// Shorter bodies are sent as they are: gzip's frame alone is 18 bytes.
    static let minimumLength = 256

    /// True when header names gzip (or `*`) with a weight above 0.
    /// Read on the header's bytes: it comes with nearly every request.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for item in header.utf8.split(separator: UInt8(ascii: ",")) {
            let parts = item.split(separator: UInt8(ascii: ";"))
            guard let first = parts.first else { continue }
            let name = trimmed(first)
            guard named(name, "gzip") || named(name, "x-gzip") || named(name, "*") else { continue }
            let weight = parts.dropFirst().lazy.map(trimmed).first { $0.count >= 2 && named($0.prefix(2), "q=") }
            guard let weight else { return true }
            return (Double(String(decoding: weight.dropFirst(2), as: UTF8.self)) ?? 1) > 0
        }
        return false
    }

    private static func trimmed(_ bytes: Substring.UTF8View.SubSequence) -> Substring.UTF8View.SubSequence {
        func blank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let start = bytes.firstIndex(where: { !blank($0) }), let end = bytes.lastIndex(where: { !blank($0) }) else { return bytes[bytes.endIndex...] }
        return bytes[start...end]
    }

    /// ASCII, ignoring case.
    private static func named(_ bytes: Substring.UTF8View.SubSequence, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        return zip(bytes, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)).allSatisfy { byte, expected in
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            return lower == expected
        }
    }

    /// Text types: HTML, CSS, JavaScript, JSON, plain text (Prometheus metrics).
    static func isCompressible(_ contentType: String?) -> Bool {
        guard let type = contentType?.lowercased() else { return false }
        return type.hasPrefix("text/") || type.hasPrefix("application/json")
    }

    /// The headers of a compressed body.
    static func mark(_ headers: inout HTTPFields, length: Int) {
        headers[.contentEncoding] = "gzip"
        headers[.contentLength] = String(length)
    }
}
