import OfferModel

/// A 64-bit FNV-1a hash over every public field of an offer, in a fixed order, to tell
/// whether an offer changed since it was indexed. Stable across processes (unlike `Hasher`)
/// and much cheaper than encoding the offer; it runs over 100,000 offers at every
/// `tilbud index`, so it hashes each field's UTF-8 in place instead of joining them into new strings.
enum Fingerprint {
    static func of(_ offer: Offer) -> [UInt8] {
        var hash = Hash()
        for text in [offer.id, offer.name, offer.summary, offer.description, offer.centre, offer.audience,
                     offer.referral, offer.contact.phone, offer.contact.email, offer.contact.web, offer.place.name,
                     offer.place.address, offer.schedule, offer.price, offer.status.rawValue] {
            hash.mix(text)
        }
        hash.mix(offer.lastVerified?.description ?? "")
        hash.mix(offer.owner)
        hash.mix(offer.municipality)
        hash.mix(offer.kind?.rawValue ?? "")
        hash.mix(offer.ages.from.map(String.init) ?? "")
        hash.mix(offer.ages.to.map(String.init) ?? "")
        hash.mix(list: offer.needs)
        hash.mix(list: offer.access.map(\.rawValue))
        hash.mix(list: offer.languages)
        hash.mix(list: offer.keywords)
        hash.mix(list: offer.situations)
        hash.mix(list: offer.sources)
        return (0..<8).map { UInt8(truncatingIfNeeded: hash.value >> (56 - 8 * $0)) }
    }

    private struct Hash {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func byte(_ byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }

        mutating func mix(_ text: String) {
            var text = text
            text.withUTF8 { bytes in for byte in bytes { self.byte(byte) } }
            byte(0x1F)  // field separator, so "ab"+"c" differs from "a"+"bc"
        }

        mutating func mix(list: [String]) {
            for text in list { mix(text) }
            mix("\u{1E}")
        }
    }
}
