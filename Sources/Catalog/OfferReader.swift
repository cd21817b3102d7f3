import OfferModel

/// Turns one offer's fields into an `Offer`, reporting every field-level problem.
///
/// Rules that need other files (known need and centre ids, duplicate ids) live in `CatalogRules`.
struct OfferReader {
    /// Every field an offer file may have, in the order `catalog/README.md` lists them.
    static let fields = [
        "id", "navn", "kort", "beskrivelse", "behov", "alder", "center", "maalgruppe", "adgang", "henvisning",
        "kontakt", "sted", "tid", "pris", "sprog", "status", "sidst_verificeret", "ansvarlig", "soegeord",
        "situationer", "kommune", "tilbudstype", "kilde", "intern",
    ]
    /// Lowercase a-z and 0-9 in groups joined by single hyphens (`tip-tap-tynde`).
    static func isValidID(_ id: String) -> Bool {
        // Byte checks: this runs for every line of a national catalogue.
        let bytes = id.utf8
        return !bytes.isEmpty && bytes.first != UInt8(ascii: "-") && bytes.last != UInt8(ascii: "-")
            && !zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "-") && $1 == UInt8(ascii: "-") }
            && bytes.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") }
    }

    var reader: FieldReader
    /// YAML offers must state their status; bulk JSON Lines records without one are `aktiv`.
    let statusRequired: Bool

    init(file: String, statusRequired: Bool = true) {
        reader = FieldReader(file: file)
        self.statusRequired = statusRequired
    }

    var findings: [Finding] { reader.findings }

    /// Reads an offer; `id` comes from the file name (YAML) or is nil (JSON Lines: from the `id` field).
    mutating func read(_ node: FieldNode, id fileID: String?, municipality: String) -> CatalogEntry? {
        guard let pairs = reader.pairs(node, what: "Et tilbud") else { return nil }
        var fields: [String: FieldNode] = [:]
        var lines: [String: Int] = [:]
        for pair in pairs {
            fields[pair.key] = pair.value
            lines[pair.key] = pair.line
        }
        reader.centre = fields["center"].flatMap { reader.text($0, field: "center") } ?? ""
        reader.rejectUnknown(pairs, known: Self.fields, in: "")

        let recordID = fields["id"].flatMap { reader.text($0, field: "id") }
        guard let id = fileID ?? recordID else {
            reader.error(node.line, "tilbuddet mangler 'id'")
            return nil
        }
        if let fileID, let recordID, recordID != fileID {
            reader.error(lines["id"] ?? node.line, "'id' er '\(recordID)', men filen hedder '\(fileID)'; id er filens navn")
        }
        if !Self.isValidID(id) {
            reader.error(lines["id"] ?? node.line, "id '\(id)' må kun have små bogstaver a-z, tal og bindestreg")
        }

        var offer = Offer(id: id, name: "", summary: "", needs: [], municipality: municipality)
        offer.name = required("navn", fields, at: node.line) ?? ""
        offer.summary = required("kort", fields, at: node.line) ?? ""
        if offer.summary.contains(Character("\n")) {
            reader.error(lines["kort"] ?? node.line, "'kort' skal være én linje")
        }
        offer.needs = fields["behov"].map { reader.texts($0, field: "behov") } ?? []
        if offer.needs.isEmpty {
            reader.error(lines["behov"] ?? node.line, "'behov' mangler: angiv mindst ét behov fra behov.yaml")
        }
        if let statusNode = fields["status"], let value = reader.text(statusNode, field: "status") {
            if let status = OfferStatus(rawValue: value) {
                offer.status = status
            } else {
                reader.error(statusNode.line, "ukendt status '\(value)'; brug aktiv, pause eller ophoert")
            }
        } else if statusRequired {
            reader.error(lines["status"] ?? node.line, "'status' mangler (aktiv, pause eller ophoert)")
        }
        offer.description = text("beskrivelse", fields)
        offer.centre = text("center", fields)
        offer.audience = text("maalgruppe", fields)
        offer.referral = text("henvisning", fields)
        offer.schedule = text("tid", fields)
        offer.price = text("pris", fields)
        offer.owner = text("ansvarlig", fields)
        if let value = fields["kommune"].flatMap({ reader.text($0, field: "kommune") }) { offer.municipality = value }
        offer.languages = fields["sprog"].map { reader.texts($0, field: "sprog") } ?? []
        offer.keywords = fields["soegeord"].map { reader.texts($0, field: "soegeord") } ?? []
        offer.situations = fields["situationer"].map { reader.texts($0, field: "situationer") } ?? []
        offer.sources = fields["kilde"].map { reader.texts($0, field: "kilde") } ?? []
        offer.ages = readAges(fields["alder"], line: lines["alder"] ?? node.line)
        offer.access = readAccess(fields["adgang"])
        offer.contact = readContact(fields["kontakt"])
        offer.place = readPlace(fields["sted"])
        offer.kind = readKind(fields["tilbudstype"])
        offer.lastVerified = readDate(fields["sidst_verificeret"])
        offer.internalInfo = readInternal(fields["intern"])
        return CatalogEntry(offer: offer, file: reader.file, line: node.line, fieldLines: lines)
    }

    private mutating func text(_ field: String, _ fields: [String: FieldNode]) -> String {
        fields[field].flatMap { reader.text($0, field: field) } ?? ""
    }

    private mutating func required(_ field: String, _ fields: [String: FieldNode], at line: Int) -> String? {
        guard let node = fields[field] else {
            reader.error(line, "'\(field)' mangler")
            return nil
        }
        guard let value = reader.text(node, field: field) else {
            reader.error(node.line, "'\(field)' er tom")
            return nil
        }
        return value
    }

    private mutating func readAges(_ node: FieldNode?, line: Int) -> AgeRange {
        guard let node, let pairs = reader.pairs(node, what: "'alder'") else { return AgeRange() }
        reader.rejectUnknown(pairs, known: ["fra", "til"], in: " under 'alder'")
        var ages = AgeRange()
        for pair in pairs where pair.key == "fra" || pair.key == "til" {
            let value = reader.integer(pair.value, field: "alder.\(pair.key)", range: 0...130)
            if pair.key == "fra" { ages.from = value } else { ages.to = value }
        }
        if let from = ages.from, let to = ages.to, from > to {
            reader.error(line, "alder.fra (\(from)) er større end alder.til (\(to))")
        }
        return ages
    }

    private mutating func readAccess(_ node: FieldNode?) -> [Access] {
        guard let node else { return [] }
        return reader.texts(node, field: "adgang").compactMap { value in
            if let access = Access(rawValue: value) { return access }
            reader.error(node.line, "ukendt adgang '\(value)'; brug egen-henvendelse, henvisning-fra-laege eller visitation")
            return nil
        }
    }

    private mutating func readContact(_ node: FieldNode?) -> Contact {
        guard let node, let pairs = reader.pairs(node, what: "'kontakt'") else { return Contact() }
        reader.rejectUnknown(pairs, known: ["telefon", "email", "web"], in: " under 'kontakt'")
        var contact = Contact()
        for pair in pairs {
            let value = reader.text(pair.value, field: "kontakt.\(pair.key)") ?? ""
            switch pair.key {
            case "telefon": contact.phone = reader.contact(ContactInput.phone(value), as: value, line: pair.line)
            case "email": contact.email = reader.contact(ContactInput.email(value), as: value, line: pair.line)
            case "web": contact.web = reader.contact(ContactInput.web(value), as: value, line: pair.line)
            default: break
            }
        }
        return contact
    }

    private mutating func readPlace(_ node: FieldNode?) -> Place {
        guard let node else { return Place() }
        if case .scalar = node { return Place(name: reader.text(node, field: "sted") ?? "") }
        guard let pairs = reader.pairs(node, what: "'sted'") else { return Place() }
        reader.rejectUnknown(pairs, known: ["navn", "adresse"], in: " under 'sted'")
        var place = Place()
        for pair in pairs {
            let value = reader.text(pair.value, field: "sted.\(pair.key)") ?? ""
            if pair.key == "navn" { place.name = value } else if pair.key == "adresse" { place.address = value }
        }
        return place
    }

    private mutating func readKind(_ node: FieldNode?) -> OfferKind? {
        guard let node, let value = reader.text(node, field: "tilbudstype") else { return nil }
        guard let kind = OfferKind(rawValue: value) else {
            let names = OfferKind.allCases.map(\.rawValue).joined(separator: ", ")
            reader.error(node.line, "ukendt tilbudstype '\(value)'; brug en af: \(names)")
            return nil
        }
        return kind
    }

    private mutating func readDate(_ node: FieldNode?) -> CalendarDate? {
        guard let node, let value = reader.text(node, field: "sidst_verificeret") else { return nil }
        guard let date = CalendarDate(value) else {
            reader.error(node.line, "'sidst_verificeret' skal være en dato som 2026-03-31, ikke '\(value)'")
            return nil
        }
        return date
    }

    private mutating func readInternal(_ node: FieldNode?) -> InternalInfo? {
        guard let node, let pairs = reader.pairs(node, what: "'intern'") else { return nil }
        reader.rejectUnknown(pairs, known: ["note", "telefon"], in: " under 'intern'")
        var info = InternalInfo()
        for pair in pairs {
            let value = reader.text(pair.value, field: "intern.\(pair.key)") ?? ""
            if pair.key == "note" { info.note = value } else if pair.key == "telefon" { info.phone = value }
        }
        return info
    }
}
