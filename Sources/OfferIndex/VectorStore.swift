import Foundation
import OfferModel

/// The offers' sentence embeddings, beside the Xapian database in `vectors.store`, in the offer
/// store's layout (`OfferStore`: append-only records, pages of entries by docid, one directory
/// per revision named in the database's metadata, `IndexSchema.Metadata.vectorStore`, in the
/// same commit as the documents). A reader of an older revision keeps its own directory.
///
/// One record per docid, little-endian:
/// ```
/// text hash  UInt64   FNV-1a of the embedded text (`text(of:)`): the key of the embedding cache
/// scale      Float32  the vector is values × scale (int8, symmetric, per vector)
/// flags      UInt8    bit 0: status ophoert; bits 1-3: adgang egen-henvendelse, henvisning-fra-laege, visitation
/// age        UInt16 ×2  alder.fra / alder.til (open: 0 / 999), as the age filter reads them
/// centre     UInt16   centre code (`Metadata.centreCodes`), 0xFFFF for none
/// needs      UInt8 n, then n × UInt16 need codes
/// kommune    UInt8 m, then m bytes of the municipality id
/// values     dimension × Int8
/// situations UInt8 k, then k × (text hash UInt64, scale Float32, dimension × Int8): one vector
///            per `situationer` line, so a query like one situation finds its offer
/// ```
/// The filters of a search (`VectorFilter`) read the same facts the Xapian terms hold, so both
/// sides of a hybrid search see the same offers. 384 int8 values and about 30 bytes of facts:
/// 1,000,000 offers take about 0.42 GB (with the pages), against 1.5 GB as 32-bit floats; each
/// situation adds 396 bytes.
enum VectorStore {
    static let fileName = "vectors.store"
    static let magic = Array("TBVECT02".utf8)
    /// At most this many situations of an offer get a vector of their own.
    static let maxSituations = 8
    static let noCentre: UInt16 = 0xFFFF
    static let accessBits: [Access: UInt8] = [.selfReferral: 2, .doctorReferral: 4, .assessment: 8]

    static func path(in database: String) -> String { database + "/" + fileName }

    /// What is embedded: the offer's name, summary, audience, search words and need names.
    /// The long description is left out: it is mostly about organisation, and the short fields
    /// say what the offer is for (docs/soegning.md has the measurement).
    static func text(of offer: Offer, needNames: [String: String]) -> String {
        let parts = [offer.name, offer.summary, offer.audience, offer.keywords.joined(separator: ", "),
                     offer.needs.compactMap { needNames[$0] }.joined(separator: ", ")]
        return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.joined(separator: ". ")
    }

    /// The situations that get a vector of their own: trimmed, non-empty, at most `maxSituations`.
    static func situations(of offer: Offer) -> [String] {
        Array(offer.situations.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.prefix(maxSituations))
    }

    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// scale (4 bytes) + values: the part of a record the cache carries over.
    static func quantize(_ vector: [Float]) -> [UInt8] {
        let largest = vector.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 127 : 1
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 + vector.count)
        withUnsafeBytes(of: scale.bitPattern.littleEndian) { bytes += $0 }
        for value in vector { bytes.append(UInt8(bitPattern: Int8(max(-127, min(127, (value / scale).rounded()))))) }
        return bytes
    }

    /// One record: the text hash, the offer's filter facts, the quantised vector and one
    /// (hash, quantised vector) per situation.
    static func record(hash: UInt64, quantized: [UInt8], offer: Offer, needCodes: [String: Int], centreCodes: [String: Int],
                       situations: [(hash: UInt64, quantized: [UInt8])] = []) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32 + quantized.count)
        withUnsafeBytes(of: hash.littleEndian) { bytes += $0 }
        bytes += quantized[0..<4]
        var flags: UInt8 = offer.status == .ended ? 1 : 0
        for access in offer.access { flags |= accessBits[access] ?? 0 }
        bytes.append(flags)
        func put(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        put(UInt16(clamping: offer.ages.from ?? Int(IndexSchema.openAgeLow)))
        put(UInt16(clamping: offer.ages.to ?? Int(IndexSchema.openAgeHigh)))
        put(centreCodes[offer.centre].map { UInt16($0) } ?? noCentre)
        let needs = Set(offer.needs).compactMap { needCodes[$0] }.sorted().prefix(255)
        bytes.append(UInt8(needs.count))
        for code in needs { put(UInt16(code)) }
        let municipality = Array(offer.municipality.utf8.prefix(255))
        bytes.append(UInt8(municipality.count))
        bytes += municipality
        bytes += quantized[4...]
        bytes.append(UInt8(situations.count))
        for situation in situations {
            withUnsafeBytes(of: situation.hash.littleEndian) { bytes += $0 }
            bytes += situation.quantized
        }
        return bytes
    }

    /// The metadata value that names the model: "identity dimension".
    static func modelValue(identity: String, dimension: Int) -> String { "\(identity) \(dimension)" }
}

/// One record of the vector store, read in place.
struct VectorRecord {
    let bytes: UnsafeRawBufferPointer

    var textHash: UInt64 { UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)) }
    var scale: Float { Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))) }
    var flags: UInt8 { bytes[12] }
    var ageFrom: UInt16 { u16(13) }
    var ageTo: UInt16 { u16(15) }
    var centreCode: UInt16 { u16(17) }
    var needCount: Int { Int(bytes[19]) }
    func needCode(_ index: Int) -> UInt16 { u16(20 + 2 * index) }
    private var municipalityAt: Int { 20 + 2 * needCount }
    var municipality: UnsafeRawBufferPointer {
        let length = Int(bytes[municipalityAt])
        return UnsafeRawBufferPointer(rebasing: bytes[(municipalityAt + 1)..<(municipalityAt + 1 + length)])
    }
    var valuesAt: Int { municipalityAt + 1 + Int(bytes[municipalityAt]) }

    /// scale + values, as `VectorStore.quantize` made them (valid records only).
    func quantized(dimension: Int) -> [UInt8] {
        Array(bytes[8..<12]) + Array(bytes[valuesAt..<valuesAt + dimension])
    }

    /// How many situation vectors follow the offer's own (valid records only).
    func situationCount(dimension: Int) -> Int { Int(bytes[valuesAt + dimension]) }

    /// Where situation `index`'s text hash starts; its scale follows, then its values.
    func situationAt(_ index: Int, dimension: Int) -> Int { valuesAt + dimension + 1 + index * (12 + dimension) }

    func situationHash(_ index: Int, dimension: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: situationAt(index, dimension: dimension), as: UInt64.self))
    }

    func situationScale(_ index: Int, dimension: Int) -> Float {
        Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: situationAt(index, dimension: dimension) + 8, as: UInt32.self)))
    }

    /// scale + values of situation `index`, as `VectorStore.quantize` made them.
    func situationQuantized(_ index: Int, dimension: Int) -> [UInt8] {
        let at = situationAt(index, dimension: dimension) + 8
        return Array(bytes[at..<at + 4 + dimension])
    }

    /// Whether the record is whole for vectors of `dimension`.
    func isValid(dimension: Int) -> Bool {
        guard bytes.count >= 21, bytes.count >= 21 + 2 * needCount, bytes.count > municipalityAt,
              bytes.count >= valuesAt + dimension + 1 else { return false }
        return bytes.count == situationAt(situationCount(dimension: dimension), dimension: dimension)
    }

    private func u16(_ offset: Int) -> UInt16 { UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) }
}
