import CDeflate
import NIOCore

/// Bytes deflated once as a piece of a gzip body (see `Deflater`), with what the body's
/// trailer needs to know of them.
struct DeflatedPiece: Sendable {
    var deflated: ByteBuffer
    var crc: UInt
    var length: Int

    /// bytes as one non-final piece; nil if zlib failed.
    init?(_ bytes: [UInt8], pool: DeflaterPool) {
        var out = ByteBuffer()
        guard pool.with({ deflater in bytes.withUnsafeBytes { deflater.piece($0, last: false, into: &out) } }) == true else {
            return nil
        }
        deflated = out
        crc = bytes.withUnsafeBytes { GzipBody.crc($0, after: GzipBody.emptyCRC) }
        length = bytes.count
    }
}

/// One gzip member (RFC 1952) put together from pieces: bytes compressed as they are appended
/// and pieces deflated earlier (`DeflatedPiece`), which are copied in as they are.
///
/// This is what lets an answer be compressed without compressing it all: an offer's fields are
/// the same in every answer that shows it, so they are deflated once and spliced in.
struct GzipBody {
    static let emptyCRC: UInt = crc32(0, nil, 0)

    private var out: ByteBuffer
    private var crc = GzipBody.emptyCRC
    private var length = 0
    private let deflater: Deflater
    private var failed = false

    init(deflater: Deflater, capacity: Int) {
        self.deflater = deflater
        out = ByteBuffer()
        out.reserveCapacity(capacity)
        // Magic, deflate, no flags, no time, no extra flags, unknown system.
        out.writeBytes([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF])
    }

    /// Compresses bytes now, as a non-final piece.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty, !failed else { return }
        failed = !deflater.piece(bytes, last: false, into: &out)
        record(bytes)
    }

    /// Appends bytes uncompressed, as deflate's stored blocks: for short pieces, where building
    /// a compressed block (its Huffman trees) costs microseconds and saves a few hundred bytes.
    mutating func store(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty, !failed else { return }
        writeStored(bytes, last: false)
    }

    /// Stores the last bytes as the final block (see `store`) and adds the trailer.
    mutating func finishStored(_ bytes: UnsafeRawBufferPointer) -> ByteBuffer? {
        guard !failed else { return nil }
        writeStored(bytes, last: true)
        return trailer()
    }

    private mutating func writeStored(_ bytes: UnsafeRawBufferPointer, last: Bool) {
        var rest = bytes[...]
        repeat {
            let chunk = rest.prefix(0xFFFF)
            rest = rest.dropFirst(chunk.count)
            // A stored block starts on the byte boundary the pieces before end on: its header
            // bit (final or not) and type 00 fill the first byte.
            out.writeInteger(UInt8(last && rest.isEmpty ? 1 : 0))
            out.writeInteger(UInt16(chunk.count), endianness: .little)
            out.writeInteger(~UInt16(chunk.count), endianness: .little)
            out.writeBytes(UnsafeRawBufferPointer(rebasing: chunk))
        } while !rest.isEmpty
        record(bytes)
    }

    /// Copies in a piece deflated before.
    mutating func append(_ piece: DeflatedPiece) {
        guard !failed else { return }
        var deflated = piece.deflated
        out.writeBuffer(&deflated)
        crc = crc32_combine(crc, piece.crc, piece.length)
        length += piece.length
    }

    /// Compresses the last bytes as the final piece and adds the trailer; nil if zlib failed
    /// anywhere (the caller then sends the bytes uncompressed).
    mutating func finish(_ bytes: UnsafeRawBufferPointer) -> ByteBuffer? {
        guard !failed, deflater.piece(bytes, last: true, into: &out) else { return nil }
        record(bytes)
        return trailer()
    }

    private mutating func trailer() -> ByteBuffer {
        out.writeInteger(UInt32(truncatingIfNeeded: crc), endianness: .little)
        out.writeInteger(UInt32(truncatingIfNeeded: length), endianness: .little)
        return out
    }

    private mutating func record(_ bytes: UnsafeRawBufferPointer) {
        crc = Self.crc(bytes, after: crc)
        length += bytes.count
    }

    static func crc(_ bytes: UnsafeRawBufferPointer, after crc: UInt) -> UInt {
        guard !bytes.isEmpty else { return crc }
        return crc32(crc, bytes.bindMemory(to: Bytef.self).baseAddress, uInt(bytes.count))
    }
}
