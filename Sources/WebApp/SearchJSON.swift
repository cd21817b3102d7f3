import NIOCore

/// A search answer's JSON, and where in it each hit's cached fields (`OfferJSON`) lie, so that
/// a gzip answer can copy in their deflated form instead of compressing them again.
struct SearchJSON: Sendable {
    var bytes: ByteBuffer
    /// In order: where a hit's fields start within `bytes`' readable bytes.
    var offers: [(start: Int, fields: OfferJSON)]
    /// The bytes between two hits (a snippet, mostly), before the first and after the last are
    /// stored, not compressed, when shorter: compressing each such piece as a block of its own
    /// cost about 4 µs (zlib at level 1, 11 pieces of 450 bytes of a real answer: 86 µs against
    /// 87 µs for the whole 17 KB answer). The facets after the last hit were 405 bytes in the
    /// median of 200 fresh searches, 1,567 at most.
    static let storedBelow = 1024

    /// The answer as a gzip body, the offers' fields spliced in as deflated when cached; nil if
    /// zlib failed (then send `bytes`).
    func gzip(_ pool: DeflaterPool) -> ByteBuffer? {
        pool.with { deflater in
            bytes.withUnsafeReadableBytes { all -> ByteBuffer? in
                var body = GzipBody(deflater: deflater, capacity: all.count / 3 + 64)
                var cursor = 0
                for (start, fields) in offers {
                    let fresh = UnsafeRawBufferPointer(rebasing: all[cursor..<start])
                    if fresh.count < Self.storedBelow { body.store(fresh) } else { body.append(fresh) }
                    body.append(fields.deflated)
                    cursor = start + fields.bytes.count
                }
                let tail = UnsafeRawBufferPointer(rebasing: all[cursor...])
                return tail.count < Self.storedBelow ? body.finishStored(tail) : body.finish(tail)
            }
        } ?? nil
    }
}

/// One hit's own fields as JSON, from `{"id":` through `"behov_navne":[...]` (the offer with
/// its centre's and needs' names: the same in every answer that shows it), and deflated once.
final class OfferJSON: Sendable {
    let bytes: [UInt8]
    let deflated: DeflatedPiece

    init?(bytes: [UInt8], pool: DeflaterPool) {
        guard let deflated = DeflatedPiece(bytes, pool: pool) else { return nil }
        self.bytes = bytes
        self.deflated = deflated
    }
}
