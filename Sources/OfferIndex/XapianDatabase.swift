import CXapian

/// A read-only Xapian database.
/// `@unchecked Sendable`: Xapian::Database is not thread-safe; `OfferSearcher` only touches it
/// while holding its lock.
final class XapianDatabase: @unchecked Sendable {
    let handle: OpaquePointer
    let path: String
    /// Term frequencies already looked up in this revision: the query planner asks for the same
    /// few thousand words again and again, and each Xapian lookup walks a B-tree with pread.
    /// Forgotten whenever the database moves to another revision: by `reopen()`, or inside a
    /// search (`XapianMatches.reopened`).
    private var termFrequencies: [String: Int] = [:]
    static let keptTermFrequencies = 1 << 16

    init(path: String) throws(IndexError) {
        self.path = path
        handle = try xapianCall("åbning af indekset") { cx_db_open(path, $0) }!
    }

    deinit { cx_db_free(handle) }

    /// Moves to the newest committed revision; true if it changed.
    func reopen() throws(IndexError) -> Bool {
        var changed: Int32 = 0
        _ = try xapianCall("genindlæsning af indekset") { cx_db_reopen(handle, &changed, $0) }
        if changed != 0 { termFrequencies.removeAll() }
        return changed != 0
    }

    var documentCount: Int {
        get throws(IndexError) { Int(try xapianCall("optælling") { cx_db_doccount(handle, $0) }) }
    }

    func termFrequency(_ term: String) throws(IndexError) -> Int {
        if let known = termFrequencies[term] { return known }
        let frequency = try term.withCString { (bytes, length) throws(IndexError) in
            Int(try xapianCall("opslag af ord") { cx_db_termfreq(handle, bytes, length, $0) })
        }
        if termFrequencies.count >= Self.keptTermFrequencies { termFrequencies.removeAll(keepingCapacity: true) }
        termFrequencies[term] = frequency
        return frequency
    }

    func metadata(_ key: String) throws(IndexError) -> String {
        var length = 0
        let pointer = try xapianCall("læsning af metadata") { cx_db_metadata(handle, key, &length, $0) }
        return takeString(pointer, length: length)
    }

    func spellingSuggestion(_ word: String, maxDistance: Int) throws(IndexError) -> String {
        var length = 0
        let pointer = try word.withCString { (bytes, count) throws(IndexError) in
            try xapianCall("stavekontrol") { cx_db_spelling(handle, bytes, count, UInt32(maxDistance), &length, $0) }
        }
        return takeString(pointer, length: length)
    }

    /// The docid of the document with this unique term, or nil.
    func docid(uniqueTerm: String) throws(IndexError) -> UInt32? {
        let docid = try uniqueTerm.withCString { (bytes, count) throws(IndexError) in
            try xapianCall("opslag af tilbud") { cx_db_docid(handle, bytes, count, $0) }
        }
        return docid > 0 ? UInt32(docid) : nil
    }

    /// Every term with this prefix.
    func terms(prefix: String) throws(IndexError) -> [String] {
        var length = 0
        let pointer = try xapianCall("læsning af ordliste") { cx_db_terms(handle, prefix, &length, $0) }
        defer { cx_string_free(pointer) }
        return splitNULTerminated(pointer, length: length)
    }

    /// The value in slot of every document that has one.
    func values(slot: Int) throws(IndexError) -> [[UInt8]] {
        var length = 0
        let pointer = try xapianCall("læsning af værdier") { cx_db_values(handle, UInt32(slot), &length, $0) }
        defer { cx_string_free(pointer) }
        guard let pointer else { return [] }
        let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
        var result: [[UInt8]] = []
        var offset = 0
        while offset + 4 <= length {
            let size = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
            offset += 4
            result.append(Array(bytes[offset..<offset + size]))
            offset += size
        }
        return result
    }

    /// How exact totals and facet counts are made (`cx_counting`): both give the same numbers.
    enum Counting: Int32 {
        /// Walking the posting lists when the query may match many documents, else the matcher.
        case automatic = 0
        /// The weighting matcher with counting spies.
        case matcher = 1
        /// The query's posting lists, walked; the walk ranks as well when it can weight the
        /// query as the matcher would, else the matcher ranks.
        case postings = 2
    }

    /// Runs query; `matchingTermsFor` hits get their matching terms read. Ranks with BM25 without
    /// length normalisation and k1 = `bm25K1`, for wdfs normalised as `IndexSchema.Ranking` stores
    /// them (0: Xapian's default BM25).
    func search(_ query: XapianQuery, offset: Int, limit: Int, checkAtLeast: Int, facetSlots: [Int],
                matchingTermsFor: Int = 0, counting: Counting = .automatic,
                bm25K1: Double = IndexSchema.Ranking.searchK1) throws(IndexError) -> XapianMatches {
        let slots = facetSlots.map { UInt32($0) }
        let handle = self.handle
        let mset = try xapianCall("søgning") { error in
            slots.withUnsafeBufferPointer {
                cx_search(handle, query.handle, UInt32(offset), UInt32(limit), UInt32(clamping: checkAtLeast), $0.baseAddress, $0.count, UInt32(matchingTermsFor), counting.rawValue, bm25K1, error)
            }
        }!
        let matches = XapianMatches(handle: mset, facetCount: slots.count)
        if matches.reopened { termFrequencies.removeAll() }
        return matches
    }
}

/// The hits of one search: docids, weights, matching terms and facet counts.
/// `@unchecked Sendable` is not claimed: an mset lives within one search call.
final class XapianMatches {
    private let handle: OpaquePointer
    let facetCount: Int

    init(handle: OpaquePointer, facetCount: Int) {
        self.handle = handle
        self.facetCount = facetCount
    }

    deinit { cx_mset_free(handle) }

    var count: Int { Int(cx_mset_size(handle)) }
    var total: Int { Int(cx_mset_total(handle)) }
    /// Whether walking the posting lists ranked the hits, not Xapian's matcher (see `Counting`).
    var rankedByWalk: Bool { cx_mset_ranked_by_walk(handle) != 0 }

    func weight(_ index: Int) -> Double { cx_mset_weight(handle, UInt32(index)) }

    func docid(_ index: Int) -> UInt32 { cx_mset_docid(handle, UInt32(index)) }

    /// Whether the database moved to a newer revision during the search (then the offer store
    /// must follow before the hits are read).
    var reopened: Bool { cx_mset_reopened(handle) != 0 }

    func matchingTerms(_ index: Int) -> [String] {
        var length = 0
        let pointer = cx_mset_terms(handle, UInt32(index), &length)
        return splitNULTerminated(pointer, length: length)
    }

    /// Count per code for facet i (index = code).
    func facet(_ index: Int) -> [UInt32] {
        var count = 0
        guard let pointer = cx_mset_facet(handle, index, &count) else { return [] }
        return Array(UnsafeBufferPointer(start: pointer, count: count))
    }
}
