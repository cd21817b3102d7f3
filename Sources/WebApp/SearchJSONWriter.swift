import Directory
import Foundation
import NIOCore
import OfferModel

/// Writes a `SearchResponse` as the same JSON object its `Encodable` conformance gives
/// (`tilbud search --json`), but encodes each offer's own fields once and reuses them: running
/// JSONEncoder over ten full offers was the largest cost of a search that is not cached.
/// `APIRoutesTests` checks that both give the same JSON for many searches.
/// `@unchecked Sendable`: the cache is only touched under `lock`.
final class SearchJSONWriter: @unchecked Sendable {
    private let lock = NSLock()
    /// Each offer as `{"id":...,...` — its encoded object without the closing brace.
    private var offerFields: [Offer: [UInt8]] = [:]
    static let cachedOffers = 4096

    func write(_ response: SearchResponse) throws -> ByteBuffer {
        var out = ByteBuffer()
        out.reserveCapacity(1024 + response.results.count * 3072)
        out.writeStaticString("{\"soegning\":")
        Self.string(response.query, &out)
        out.writeStaticString(",\"alder\":")
        out.writeString(response.age.map(String.init) ?? "null")
        out.writeStaticString(",\"alder_fra_tekst\":")
        out.writeString(response.ageFromText ? "true" : "false")
        out.writeStaticString(",\"antal\":")
        out.writeString(String(response.total))
        out.writeStaticString(",\"kvalitet\":")
        Self.string(response.quality.rawValue, &out)
        out.writeStaticString(",\"resultater\":[")
        for (index, hit) in response.results.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            try self.hit(hit, &out)
        }
        out.writeStaticString("],\"facetter\":{\"behov\":")
        Self.facets(response.facets.needs, &out)
        out.writeStaticString(",\"center\":")
        Self.facets(response.facets.centres, &out)
        out.writeStaticString("},\"forslag\":")
        if let suggestion = response.suggestion { Self.string(suggestion, &out) } else { out.writeStaticString("null") }
        out.writeStaticString(",\"ignorerede_ord\":")
        Self.strings(response.ignoredWords, &out)
        out.writeStaticString(",\"forkortet\":")
        out.writeString(response.truncated ? "true" : "false")
        out.writeStaticString(",\"rangering\":")
        Self.string(response.ranking, &out)
        out.writeStaticString(",\"semantik\":")
        if let status = response.semantic {
            out.writeStaticString("{\"status\":")
            Self.string(status.state.rawValue, &out)
            out.writeStaticString(",\"model\":")
            if let model = status.model { Self.string(model, &out) } else { out.writeStaticString("null") }
            out.writeStaticString(",\"besked\":")
            Self.string(status.description, &out)
            out.writeStaticString("}")
        } else {
            out.writeStaticString("null")
        }
        out.writeStaticString("}")
        return out
    }

    private func hit(_ hit: SearchResponse.Hit, _ out: inout ByteBuffer) throws {
        out.writeBytes(try fields(of: hit.offer))
        out.writeStaticString(",\"center_navn\":")
        Self.string(hit.centreName, &out)
        out.writeStaticString(",\"behov_navne\":")
        Self.strings(hit.needNames, &out)
        out.writeStaticString(",\"uddrag\":[")
        for (index, part) in hit.snippet.enumerated() {
            out.writeStaticString(index > 0 ? ",{\"tekst\":" : "{\"tekst\":")
            Self.string(part.text, &out)
            out.writeStaticString(part.marked ? ",\"markeret\":true}" : ",\"markeret\":false}")
        }
        out.writeStaticString("],\"daekning\":")
        // As SearchResponse.Hit encodes it: two decimals.
        let coverage = (hit.coverage * 100).rounded() / 100
        out.writeString(coverage == coverage.rounded() ? String(Int(coverage)) : String(coverage))
        out.writeStaticString(",\"lighed\":")
        // As SearchResponse.Hit encodes it: three decimals, or null.
        if let similarity = hit.similarity.map({ ($0 * 1000).rounded() / 1000 }) {
            out.writeString(similarity == similarity.rounded() ? String(Int(similarity)) : String(similarity))
        } else {
            out.writeStaticString("null")
        }
        out.writeStaticString("}")
    }

    private func fields(of offer: Offer) throws -> [UInt8] {
        lock.lock()
        let known = offerFields[offer]
        lock.unlock()
        if let known { return known }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(offer))
        bytes.removeLast()  // the closing brace; the hit's own fields follow
        lock.lock()
        if offerFields.count >= Self.cachedOffers { offerFields.removeAll(keepingCapacity: true) }
        offerFields[offer] = bytes
        lock.unlock()
        return bytes
    }

    private static func facets(_ facets: [SearchResponse.Facet], _ out: inout ByteBuffer) {
        out.writeStaticString("[")
        for (index, facet) in facets.enumerated() {
            out.writeStaticString(index > 0 ? ",{\"id\":" : "{\"id\":")
            string(facet.id, &out)
            out.writeStaticString(",\"navn\":")
            string(facet.name, &out)
            out.writeStaticString(",\"antal\":")
            out.writeString(String(facet.count))
            out.writeStaticString("}")
        }
        out.writeStaticString("]")
    }

    private static func strings(_ values: [String], _ out: inout ByteBuffer) {
        out.writeStaticString("[")
        for (index, value) in values.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            string(value, &out)
        }
        out.writeStaticString("]")
    }

    /// A JSON string: quote, backslash and control characters escaped; everything else as UTF-8.
    static func string(_ text: String, _ out: inout ByteBuffer) {
        out.writeStaticString("\"")
        var start = text.utf8.startIndex
        var index = start
        let utf8 = text.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                out.writeSubstring(text[start..<index])
                switch byte {
                case UInt8(ascii: "\""): out.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): out.writeStaticString("\\\\")
                case 0x0A: out.writeStaticString("\\n")
                case 0x0D: out.writeStaticString("\\r")
                case 0x09: out.writeStaticString("\\t")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                    hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out.writeSubstring(text[start..<utf8.endIndex])
        out.writeStaticString("\"")
    }
}
