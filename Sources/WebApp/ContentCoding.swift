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
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";")
            let name = parts.first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard name == "gzip" || name == "x-gzip" || name == "*" else { continue }
            let weight = parts.dropFirst().first { $0.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("q=") }
            guard let weight else { return true }
            let value = weight.trimmingCharacters(in: .whitespaces).dropFirst(2)
            return (Double(value) ?? 1) > 0
        }
        return false
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
