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
    /// A hit's cached fields are found by the offer's id and must equal it in every field:
    /// hashing a whole offer (its texts normalised for hashing) cost more than encoding it.
    private struct Key: Hashable {
        let offer: Offer
        let centreName: String
        let needNames: [String]
        let contact: ContactRoute

        func hash(into hasher: inout Hasher) { hasher.combine(offer.id) }
    }

    private let lock = NSLock()
    private var offerFields: [Key: OfferJSON] = [:]
    static let cachedOffers = 4096
    /// The cached fields are compressed once, so as well as zlib can.
    private let fieldsPool = DeflaterPool(level: 9)

    func write(_ response: SearchResponse) throws -> SearchJSON {
        var out = ByteBuffer()
        var offers: [(start: Int, fields: OfferJSON)] = []
        out.reserveCapacity(1024 + response.results.count * 3072)
        out.writeStaticString("{\"soegning\":")
        Self.string(response.query, &out)
        out.writeStaticString(",\"alder\":")
        out.writeString(response.age.map(String.init) ?? "null")
        out.writeStaticString(",\"alder_fra_tekst\":")
        out.writeString(response.ageFromText ? "true" : "false")
        out.writeStaticString(",\"alder_til\":")
        out.writeString(response.ageTo.map(String.init) ?? "null")
        out.writeStaticString(",\"antal\":")
        Self.integer(response.total, &out)
        out.writeStaticString(",\"kvalitet\":")
        Self.string(response.quality.rawValue, &out)
        out.writeStaticString(",\"resultater\":[")
        for (index, hit) in response.results.enumerated() {
            if index > 0 { out.writeStaticString(",") }
            let fields = try self.fields(of: hit)
            offers.append((out.readableBytes, fields))
            out.writeBytes(fields.bytes)
            Self.rest(of: hit, &out)
        }
        out.writeStaticString("],\"facetter\":{\"behov\":")
        Self.facets(response.facets.needs, &out)
        out.writeStaticString(",\"center\":")
        Self.facets(response.facets.centres, &out)
        out.writeStaticString(",\"adgang\":")
        Self.facets(response.facets.access, &out)
        out.writeStaticString("},\"forslag\":")
        if let suggestion = response.suggestion { Self.string(suggestion, &out) } else { out.writeStaticString("null") }
        out.writeStaticString(",\"ignorerede_ord\":")
        Self.strings(response.ignoredWords, &out)
        out.writeStaticString(",\"forkortet\":")
        out.writeString(response.truncated ? "true" : "false")
        out.writeStaticString(",\"rangering\":")
        Self.string(response.ranking, &out)
        out.writeStaticString(",\"sprog\":{\"kode\":")
        Self.string(response.language.code, &out)
        out.writeStaticString(",\"navn\":")
        Self.string(response.language.name, &out)
        out.writeStaticString("},\"semantik\":")
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
        return SearchJSON(bytes: out, offers: offers)
    }

    /// What a hit has of this search: its snippet and coverage, and the closing brace.
    private static func rest(of hit: SearchResponse.Hit, _ out: inout ByteBuffer) {
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

    private func fields(of hit: SearchResponse.Hit) throws -> OfferJSON {
        let key = Key(offer: hit.offer, centreName: hit.centreName, needNames: hit.needNames, contact: hit.contact)
        lock.lock()
        let known = offerFields[key]
        lock.unlock()
        if let known { return known }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var bytes = [UInt8](try encoder.encode(hit.offer))
        bytes.removeLast()  // the closing brace; the hit's own fields follow
        var names = ByteBuffer()
        names.writeStaticString(",\"center_navn\":")
        Self.string(hit.centreName, &names)
        names.writeStaticString(",\"behov_navne\":")
        Self.strings(hit.needNames, &names)
        names.writeStaticString(",\"kontaktlinje\":")
        names.writeBytes(try encoder.encode(SearchResponse.Hit.ContactLine(hit.contact)))
        bytes.append(contentsOf: names.readableBytesView)
        guard let fields = OfferJSON(bytes: bytes, pool: fieldsPool) else { throw WebError.internalError }
        lock.lock()
        if offerFields.count >= Self.cachedOffers { offerFields.removeAll(keepingCapacity: true) }
        offerFields[key] = fields
        lock.unlock()
        return fields
    }

    private static func facets(_ facets: [SearchResponse.Facet], _ out: inout ByteBuffer) {
        out.writeStaticString("[")
        for (index, facet) in facets.enumerated() {
            out.writeStaticString(index > 0 ? ",{\"id\":" : "{\"id\":")
            string(facet.id, &out)
            out.writeStaticString(",\"navn\":")
            string(facet.name, &out)
            out.writeStaticString(",\"antal\":")
            integer(facet.count, &out)
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
    /// Read through the string's contiguous UTF-8, which is several times faster than its
    /// UTF-8 view's indices (snippets and facets are written this way for every answer).
    static func string(_ text: String, _ out: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            out.writeInteger(UInt8(ascii: "\""))
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                out.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<index])))
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
                start = index + 1
            }
            out.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start...])))
            out.writeInteger(UInt8(ascii: "\""))
        }
    }

    /// A non-negative integer's digits, without making a string.
    static func integer(_ value: Int, _ out: inout ByteBuffer) {
        guard value >= 10 else { out.writeInteger(UInt8(ascii: "0") + UInt8(max(value, 0))); return }
        integer(value / 10, &out)
        out.writeInteger(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
