/// A 64-bit hash of a record's raw bytes, to recognise a record that has not changed since the
/// last `tilbud index` without reading it again (see `RecordDigest`).
///
/// It runs over every byte of a national catalogue at every `tilbud index` (136 MB for 100,000
/// offers), so it takes eight bytes per step, after the round and avalanche of xxHash64. Not for
/// security: it only has to tell an edited record from the one before, and 64 bits make a
/// collision between two versions of one record as good as impossible.
public enum SourceHash {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9

    /// The hash of bytes, mixed into seed (to chain several parts).
    public static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        var hash = seed &+ prime3 &+ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            hash = rotate(hash ^ rotate(word &* prime2, 31) &* prime1, 27) &* prime1 &+ prime3
            offset += 8
        }
        while offset < bytes.count {
            hash = rotate(hash ^ UInt64(bytes[offset]) &* prime3, 11) &* prime1
            offset += 1
        }
        hash ^= hash >> 33
        hash = hash &* prime2
        hash ^= hash >> 29
        hash = hash &* prime3
        return hash ^ (hash >> 32)
    }

    /// The hash of a text's UTF-8, mixed into seed.
    public static func of(_ text: String, seed: UInt64 = 0) -> UInt64 {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0), seed: seed) }
    }

    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }
}
