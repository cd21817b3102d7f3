import Foundation

/// Name-based UUIDs (RFC 4122 version 5: SHA-1 of a namespace and a name), so every export of
/// the same catalogue gives the same ids and a re-export updates records instead of adding new ones.
///
/// Foundation on Linux has no SHA-1, and a crypto package would be a dependency for 60 lines,
/// so the hash is implemented here; it is used for naming only, never for security.
public enum StableUUID {
    /// The namespace of every Tilbudsguide id (a fixed random UUID).
    public static let namespace = UUID(uuidString: "854B3D65-4923-40A2-B048-CF8A11B30CB1")!

    /// The version 5 UUID of `name` in `namespace`, in lower case (`xxxxxxxx-xxxx-5xxx-...`).
    public static func make(_ name: String, namespace: UUID = StableUUID.namespace) -> String {
        let space = namespace.uuid
        var bytes = [space.0, space.1, space.2, space.3, space.4, space.5, space.6, space.7,
                     space.8, space.9, space.10, space.11, space.12, space.13, space.14, space.15]
        bytes += Array(name.utf8)
        var hash = Array(sha1(bytes).prefix(16))
        hash[6] = (hash[6] & 0x0F) | 0x50
        hash[8] = (hash[8] & 0x3F) | 0x80
        let hex = hash.map { String(format: "%02x", $0) }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]].map { $0.joined() }.joined(separator: "-")
    }

    /// SHA-1 (FIPS 180-4) of `message`.
    static func sha1(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }

        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                let j = chunk + i * 4
                w[i] = UInt32(data[j]) << 24 | UInt32(data[j + 1]) << 16 | UInt32(data[j + 2]) << 8 | UInt32(data[j + 3])
            }
            for i in 16..<80 { w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = rotate(a, 5) &+ f &+ e &+ k &+ w[i]
                (e, d, c, b, a) = (d, c, rotate(b, 30), a, temp)
            }
            h[0] &+= a
            h[1] &+= b
            h[2] &+= c
            h[3] &+= d
            h[4] &+= e
        }
        return h.flatMap { word in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value << count) | (value >> (32 - count))
    }
}
