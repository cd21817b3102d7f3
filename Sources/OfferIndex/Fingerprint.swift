import OfferModel

/// A 64-bit FNV-1a hash over every public field of an offer, in a fixed order, to tell
/// whether an offer changed since it was indexed. Stable across processes (unlike `Hasher`)
/// and much cheaper than encoding the offer.
enum Fingerprint {
    static func of(_ offer: Offer) -> [UInt8] {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0x1F  // field separator, so "ab"+"c" differs from "a"+"bc"
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for text in [offer.id, offer.name, offer.summary, offer.description, offer.centre, offer.audience,
                     offer.referral, offer.contact.phone, offer.contact.email, offer.contact.web, offer.place.name,
                     offer.place.address, offer.schedule, offer.price, offer.status.rawValue,
                     offer.lastVerified?.description ?? "", offer.owner, offer.municipality, offer.kind?.rawValue ?? "",
                     offer.ages.from.map(String.init) ?? "", offer.ages.to.map(String.init) ?? ""] {
            mix(text)
        }
        for list in [offer.needs, offer.access.map(\.rawValue), offer.languages, offer.keywords, offer.sources] {
            list.forEach(mix)
            mix("\u{1E}")
        }
        return (0..<8).map { UInt8(truncatingIfNeeded: hash >> (56 - 8 * $0)) }
    }
}
