import CDeflate
import Foundation
import NIOCore

/// A raw deflate stream (no zlib or gzip framing), reused piece after piece; `GzipBody` frames
/// what it writes.
///
/// Each piece starts from an empty history and ends byte-aligned (a sync flush) or as the final
/// block, so pieces compressed at different times can follow one another in one gzip body:
/// a piece refers back only into itself, and the reader has everything before it.
/// `@unchecked Sendable`: one request at a time uses a deflater, taken from `DeflaterPool`.
final class Deflater: @unchecked Sendable {
    /// zlib keeps a pointer back to its stream, so the stream must not move: allocated once.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)

    /// memoryLevel 1-9 sizes zlib's hash table, which every piece starts by clearing: at the
    /// default 8 that is 64 KiB of memset per piece, more than compressing a short piece costs.
    init?(level: Int32, memoryLevel: Int32) {
        stream.initialize(to: z_stream())
        // -15: raw deflate with a 32 KiB window.
        guard czlib_deflate_init(stream, level, -15, memoryLevel) == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses bytes as one piece and appends it to out; false (out as it was) if zlib failed.
    func piece(_ bytes: UnsafeRawBufferPointer, last: Bool, into out: inout ByteBuffer) -> Bool {
        guard deflateReset(stream) == Z_OK else { return false }
        // A sync flush adds an empty stored block (5 bytes) to what deflateBound allows for.
        let bound = Int(deflateBound(stream, uLong(bytes.count))) + 16
        let start = out.writerIndex
        var done = false
        out.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { target in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes.bindMemory(to: Bytef.self).baseAddress)
            stream.pointee.avail_in = uInt(bytes.count)
            stream.pointee.next_out = target.bindMemory(to: Bytef.self).baseAddress
            stream.pointee.avail_out = uInt(target.count)
            let status = deflate(stream, last ? Z_FINISH : Z_SYNC_FLUSH)
            done = stream.pointee.avail_in == 0 && (last ? status == Z_STREAM_END : status == Z_OK)
            stream.pointee.next_in = nil
            stream.pointee.next_out = nil
            return target.count - Int(stream.pointee.avail_out)
        }
        if !done { out.moveWriterIndex(to: start) }
        return done
    }
}

/// Deflaters of one compression level, kept for reuse: setting one up costs more than
/// compressing a short piece.
/// `@unchecked Sendable`: the list is only touched under `lock`.
final class DeflaterPool: @unchecked Sendable {
    let level: Int32
    let memoryLevel: Int32
    private let lock = NSLock()
    private var idle: [Deflater] = []

    init(level: Int32, memoryLevel: Int32 = 8) {
        self.level = level
        self.memoryLevel = memoryLevel
    }

    /// Runs body with a deflater of this level; nil when zlib could not set one up.
    func with<T>(_ body: (Deflater) -> T) -> T? {
        lock.lock()
        let taken = idle.popLast()
        lock.unlock()
        guard let deflater = taken ?? Deflater(level: level, memoryLevel: memoryLevel) else { return nil }
        defer {
            lock.lock()
            if idle.count < 16 { idle.append(deflater) }
            lock.unlock()
        }
        return body(deflater)
    }
}
