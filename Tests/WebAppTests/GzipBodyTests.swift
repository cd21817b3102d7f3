import Foundation
import NIOCore
import Testing
import TestSupport
@testable import WebApp

/// A gzip body put together from pieces compressed now, pieces stored and pieces deflated
/// earlier is one valid gzip member (checked with the system's gzip) of the pieces in order.
@Suite struct GzipBodyTests {
    @Test func splicedPiecesUnpackToTheirConcatenation() throws {
        var generator = SystemRandomNumberGenerator()
        let pool = DeflaterPool(level: 9), fresh = DeflaterPool(level: 1, memoryLevel: 6)
        for round in 0..<20 {
            var pieces: [(kind: Int, bytes: [UInt8])] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let text = String(repeating: "\"navn\":\"Rygestop på apoteket\",æøå \(round) ", count: Int.random(in: 0...40, using: &generator))
                pieces.append((Int.random(in: 0...2, using: &generator), Array(text.utf8)))
            }
            let last = Array("}\(round)".utf8)
            let packed = try #require(fresh.with { deflater -> ByteBuffer? in
                var body = GzipBody(deflater: deflater, capacity: 1024)
                for piece in pieces {
                    switch piece.kind {
                    case 0: piece.bytes.withUnsafeBytes { body.append($0) }
                    case 1: piece.bytes.withUnsafeBytes { body.store($0) }
                    default: body.append(DeflatedPiece(piece.bytes, pool: pool)!)
                    }
                }
                return round.isMultiple(of: 2) ? last.withUnsafeBytes { body.finish($0) } : last.withUnsafeBytes { body.finishStored($0) }
            } ?? nil)
            let expected = pieces.flatMap(\.bytes) + last
            #expect(Gunzip.bytes(Array(packed.readableBytesView)) == expected, "runde \(round)")
        }
    }

    @Test func aLongStoredPieceIsSplitIntoBlocks() throws {
        let bytes = (0..<150_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let packed = try #require(DeflaterPool(level: 1).with { deflater -> ByteBuffer? in
            var body = GzipBody(deflater: deflater, capacity: 160_000)
            return bytes.withUnsafeBytes { body.finishStored($0) }
        } ?? nil)
        #expect(Gunzip.bytes(Array(packed.readableBytesView)) == bytes)
    }
}
