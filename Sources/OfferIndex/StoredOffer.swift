import OfferModel

/// The form an offer takes in the offer store (`OfferStore`): its public fields in a fixed
/// order, each string as a LEB128 length and its UTF-8 bytes, behind one format byte.
///
/// Every search reads the stored form of each hit it shows, so this is on the path of every
/// result page. Decoding JSON with `JSONDecoder` took about 10 µs per offer of the shared
/// benchmark, a fifth of a typical search; reading this form slices the bytes into strings
/// without parsing. It is also about 20 % smaller than JSON (no keys or quotes). Staff-only
/// notes (`intern`) are not stored.
///
/// A change of layout needs a new `format` and a new `IndexSchema.version`.
enum StoredOffer {
    /// The first byte of every stored offer.
    static let format: UInt8 = 2

    static func encode(_ offer: Offer) -> [UInt8] {
        var writer = Writer()
        writer.bytes.reserveCapacity(offer.description.utf8.count + offer.summary.utf8.count + 256)
        writer.bytes.append(format)
        for text in [offer.id, offer.name, offer.summary, offer.description] { writer.write(text) }
        writer.write(offer.needs)
        writer.write(offer.ages.from)
        writer.write(offer.ages.to)
        for text in [offer.centre, offer.audience] { writer.write(text) }
        writer.write(offer.access.map(\.rawValue))
        for text in [offer.referral, offer.contact.phone, offer.contact.email, offer.contact.web, offer.place.name,
                     offer.place.address, offer.schedule, offer.price] {
            writer.write(text)
        }
        writer.write(offer.languages)
        writer.write(offer.status.rawValue)
        writer.write(offer.lastVerified?.description ?? "")
        writer.write(offer.owner)
        writer.write(offer.keywords)
        writer.write(offer.situations)
        writer.write(offer.municipality)
        writer.write(offer.kind?.rawValue ?? "")
        writer.write(offer.sources)
        return writer.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(IndexError) -> Offer {
        let decoded = bytes.withUnsafeBytes { buffer in Result { () throws(IndexError) in try decode(buffer) } }
        return try decoded.get()
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) throws(IndexError) -> Offer {
        var reader = Reader(bytes: bytes.assumingMemoryBound(to: UInt8.self))
        let decoded = reader.byte() == format ? reader.offer() : nil
        guard let decoded else {
            throw .xapian(operation: "læsning af tilbud", message: "de gemte data har et ukendt eller ødelagt format")
        }
        return decoded
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func write(_ value: UInt64) {
            var rest = value
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func write(_ text: String) {
            write(UInt64(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
        }

        mutating func write(_ list: [String]) {
            write(UInt64(list.count))
            for text in list { write(text) }
        }

        /// 0 for none, else the value zig-zagged plus one.
        mutating func write(_ number: Int?) {
            guard let number else { return write(UInt64(0)) }
            write(UInt64(bitPattern: Int64((number << 1) ^ (number >> 63))) + 1)
        }
    }

    /// Reads what `Writer` wrote; every method returns nil at the end of the bytes or on a
    /// length that runs past it, so damaged data gives an error, never a crash.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func byte() -> UInt8? {
            guard at < bytes.count else { return nil }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func number() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let next = byte() {
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
                if shift > 63 { return nil }
            }
            return nil
        }

        mutating func text() -> String? {
            guard let length = number(), length <= UInt64(bytes.count - at) else { return nil }
            let start = at
            at += Int(length)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        }

        mutating func list() -> [String]? {
            guard let count = number(), count <= UInt64(bytes.count - at) else { return nil }
            var result: [String] = []
            result.reserveCapacity(Int(count))
            for _ in 0..<count {
                guard let item = text() else { return nil }
                result.append(item)
            }
            return result
        }

        /// .some(nil) for an open bound; nil for damaged data.
        mutating func optionalNumber() -> Int?? {
            guard let raw = number() else { return nil }
            guard raw > 0 else { return .some(nil) }
            let zigzag = raw - 1
            return .some(Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))))
        }

        mutating func offer() -> Offer? {
            guard let id = text(), let name = text(), let summary = text(), let description = text(),
                  let needs = list(), let from = optionalNumber(), let to = optionalNumber(),
                  let centre = text(), let audience = text(), let access = list(),
                  let referral = text(), let phone = text(), let email = text(), let web = text(),
                  let placeName = text(), let address = text(), let schedule = text(), let price = text(),
                  let languages = list(), let status = text().flatMap(OfferStatus.init(rawValue:)),
                  let verified = text(), let owner = text(), let keywords = list(), let situations = list(), let municipality = text(),
                  let kind = text(), let sources = list(), at == bytes.count else { return nil }
            let routes = access.compactMap(Access.init(rawValue:))
            let date = CalendarDate(verified), type = OfferKind(rawValue: kind)
            guard routes.count == access.count, verified.isEmpty || date != nil, kind.isEmpty || type != nil else { return nil }
            return Offer(
                id: id, name: name, summary: summary, description: description, needs: needs,
                ages: AgeRange(from: from, to: to), centre: centre, audience: audience, access: routes,
                referral: referral, contact: Contact(phone: phone, email: email, web: web),
                place: Place(name: placeName, address: address), schedule: schedule, price: price,
                languages: languages, status: status, lastVerified: date, owner: owner,
                keywords: keywords, situations: situations, municipality: municipality, kind: type, sources: sources)
        }
    }
}
