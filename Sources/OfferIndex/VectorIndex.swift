import OfferModel

/// Which offers a search's filters let through, read from vector records: the same facts and
/// the same logic as the Xapian filter terms (`SearchRun.filterQuery`), so both sides of a
/// hybrid search see the same offers. Ended offers never pass.
struct VectorFilter {
    /// nil: no need filter; an empty set (only unknown ids asked for) lets nothing through.
    var needs: Set<UInt16>?
    var centres: Set<UInt16>?
    /// Bits of the access routes asked for (`VectorStore.accessBits`); 0: any.
    var access: UInt8 = 0
    var municipality: [UInt8]?
    /// The ages asked for: an offer passes when its range overlaps them.
    var ages: ClosedRange<UInt16>?

    init(request: SearchRequest, ages: ClosedRange<Int>?, needCodes: [String], centreCodes: [String]) {
        func codes(_ ids: [String], _ table: [String]) -> Set<UInt16>? {
            let asked = ids.filter { !$0.isEmpty }
            guard !asked.isEmpty else { return nil }
            let known = Dictionary(table.enumerated().map { ($1, UInt16($0)) }, uniquingKeysWith: { a, _ in a })
            return Set(asked.compactMap { known[$0] })
        }
        needs = codes(request.needs, needCodes)
        centres = codes(request.centres, centreCodes)
        for access in request.access { self.access |= VectorStore.accessBits[access] ?? 0 }
        if let municipality = request.municipality, !municipality.isEmpty { self.municipality = Array(municipality.utf8) }
        self.ages = ages.map { UInt16(max(0, min($0.lowerBound, 65_535)))...UInt16(max(0, min($0.upperBound, 65_535))) }
    }

    func admits(_ record: VectorRecord) -> Bool {
        if record.flags & 1 != 0 { return false }
        if access != 0, record.flags & access == 0 { return false }
        if let ages, !(record.ageFrom <= ages.upperBound && ages.lowerBound <= record.ageTo) { return false }
        if let centres, !centres.contains(record.centreCode) { return false }
        if let needs {
            var any = false
            for index in 0..<record.needCount where needs.contains(record.needCode(index)) { any = true; break }
            if !any { return false }
        }
        if let municipality, !record.municipality.elementsEqual(municipality) { return false }
        return true
    }
}

/// An offer near the query, by cosine similarity of the quantised vectors: the better of its
/// own text's and its closest situation's (`VectorIndex.similarity`).
struct SemanticMatch {
    let docid: UInt32
    let similarity: Double
}

/// Nearest offers by exact search over every vector of one revision (no approximate index: at
/// 100,000 offers a full scan of the int8 vectors is a few milliseconds, see docs/soegning.md).
struct VectorIndex {
    let reader: OfferStoreReader
    let dimension: Int

    /// The `limit` offers most similar to `query` that `filter` admits, best first (ties: lower docid).
    func nearest(_ query: [Float], filter: VectorFilter, limit: Int) -> [SemanticMatch] {
        guard limit > 0, query.count == dimension else { return [] }
        let largest = query.reduce(Float(0)) { max($0, abs($1)) }
        let queryScale = largest > 0 ? largest / 127 : 1
        let quantized = query.map { Int8(max(-127, min(127, ($0 / queryScale).rounded()))) }
        var best: [(similarity: Float, docid: UInt32)] = []
        best.reserveCapacity(limit + 1)
        var worst = -Float.infinity
        quantized.withUnsafeBufferPointer { q in
            for docid in 1...max(1, UInt32(reader.table.count)) {
                guard let bytes = reader.record(docid: docid) else { continue }
                let record = VectorRecord(bytes: bytes)
                guard record.isValid(dimension: dimension), filter.admits(record) else { continue }
                func dot(at offset: Int) -> Int32 {
                    let values = UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + dimension]).bindMemory(to: Int8.self)
                    var sum: Int32 = 0
                    for index in 0..<dimension { sum &+= Int32(values[index]) &* Int32(q[index]) }
                    return sum
                }
                let own = Float(dot(at: record.valuesAt)) * record.scale * queryScale
                var situation: Float?
                for index in 0..<record.situationCount(dimension: dimension) {
                    let value = Float(dot(at: record.situationAt(index, dimension: dimension) + 12))
                        * record.situationScale(index, dimension: dimension) * queryScale
                    situation = max(situation ?? value, value)
                }
                let similarity = Self.similarity(own: own, situation: situation)
                guard best.count < limit || similarity > worst else { continue }
                let at = best.firstIndex { $0.similarity < similarity } ?? best.count
                best.insert((similarity, docid), at: at)
                if best.count > limit { best.removeLast() }
                worst = best.last!.similarity
            }
        }
        return best.map { SemanticMatch(docid: $0.docid, similarity: Double($0.similarity)) }
    }

    /// An offer's similarity to a query: its own text's, lifted by `situationShare` of the
    /// amount its closest situation is closer. Measured on the relevance suite (docs/soegning.md):
    /// the better of the two (a share of 1) let short, general situations ("Pensionist, der gerne
    /// vil svømme") win queries they do not answer; no share at all left the other languages
    /// under 0.85 success@3; a quarter was best of 0, 0.25, 0.35, 0.5 and 1.
    static func similarity(own: Float, situation: Float?) -> Float {
        guard let situation else { return own }
        return own + situationShare * max(0, situation - own)
    }

    static let situationShare: Float = 0.25

    /// The need and centre codes and the age range of docid's record, for facet counts of
    /// semantic hits and for ordering offers with a stated age first.
    func codes(docid: UInt32) -> (needs: [UInt16], centre: UInt16, ages: ClosedRange<UInt16>)? {
        guard let bytes = reader.record(docid: docid) else { return nil }
        let record = VectorRecord(bytes: bytes)
        guard record.isValid(dimension: dimension) else { return nil }
        return ((0..<record.needCount).map(record.needCode), record.centreCode, record.ageFrom...max(record.ageFrom, record.ageTo))
    }
}
