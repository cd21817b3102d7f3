import OfferModel

/// One public offer as sundhed.dk shows it: one row of `tilbud.csv`, one object in `tilbud.json`.
///
/// Keys are Danish. Empty fields stay empty: in JSON they are left out, in CSV the cell is empty.
public struct SundhedDKRow: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// The one-line summary (`kort`).
    public var purpose: String
    public var audience: String
    public var ageFrom: Int?
    public var ageTo: Int?
    /// The long description (`beskrivelse`).
    public var content: String
    /// When and how long (`tid`).
    public var duration: String
    public var price: String
    /// Access ways and the referral text as one sentence.
    public var enrolment: String
    public var phone: String
    public var email: String
    public var web: String
    public var place: String
    public var address: String
    public var municipality: String
    /// The centre's name.
    public var provider: String
    /// Need names.
    public var healthAreas: [String]
    public var kind: String
    public var languages: [String]
    /// `aktiv` or `pause`.
    public var status: String
    /// `YYYY-MM-DD`, or empty.
    public var lastVerified: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name = "navn", purpose = "formaal", audience = "maalgruppe", ageFrom = "alder_fra", ageTo = "alder_til"
        case content = "indhold", duration = "varighed_tid", price = "pris", enrolment = "tilmelding_og_henvisning"
        case phone = "telefon", email, web, place = "sted", address = "adresse", municipality = "kommune"
        case provider = "udbyder", healthAreas = "sundhedsomraade", kind = "tilbudstype", languages = "sprog"
        case status, lastVerified = "sidst_verificeret"
    }

    /// The row for `offer`, with names looked up in `content`.
    init(_ offer: Offer, in content: ExportContent) {
        id = offer.id
        name = offer.name
        purpose = offer.summary
        audience = offer.audience
        ageFrom = offer.ages.from
        ageTo = offer.ages.to
        self.content = offer.description
        duration = offer.schedule
        price = offer.price
        var enrolment = offer.access.isEmpty ? "" : "Adgang: " + offer.access.map(\.label).joined(separator: ", ") + "."
        if !offer.referral.isEmpty { enrolment += (enrolment.isEmpty ? "" : " ") + offer.referral }
        self.enrolment = enrolment
        phone = offer.contact.phone
        email = offer.contact.email
        web = WebAddress.checked(offer.contact.web)
        place = offer.place.name
        address = offer.place.address
        municipality = content.municipalityName(of: offer)
        provider = offer.centre.isEmpty ? "" : content.centre(offer.centre)?.name ?? offer.centre
        healthAreas = offer.needs.map(content.needName)
        kind = offer.kind?.label ?? ""
        languages = offer.languages
        status = offer.status.rawValue
        lastVerified = offer.lastVerified?.description ?? ""
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try c.decodeIfPresent(String.self, forKey: key) ?? "" }
        id = try c.decode(String.self, forKey: .id)
        name = try text(.name)
        purpose = try text(.purpose)
        audience = try text(.audience)
        ageFrom = try c.decodeIfPresent(Int.self, forKey: .ageFrom)
        ageTo = try c.decodeIfPresent(Int.self, forKey: .ageTo)
        content = try text(.content)
        duration = try text(.duration)
        price = try text(.price)
        enrolment = try text(.enrolment)
        phone = try text(.phone)
        email = try text(.email)
        web = try text(.web)
        place = try text(.place)
        address = try text(.address)
        municipality = try text(.municipality)
        provider = try text(.provider)
        healthAreas = try c.decodeIfPresent([String].self, forKey: .healthAreas) ?? []
        kind = try text(.kind)
        languages = try c.decodeIfPresent([String].self, forKey: .languages) ?? []
        status = try text(.status)
        lastVerified = try text(.lastVerified)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        for column in Self.columns {
            switch column.key {
            case .ageFrom: try c.encodeIfPresent(ageFrom, forKey: .ageFrom)
            case .ageTo: try c.encodeIfPresent(ageTo, forKey: .ageTo)
            case .healthAreas: if !healthAreas.isEmpty { try c.encode(healthAreas, forKey: .healthAreas) }
            case .languages: if !languages.isEmpty { try c.encode(languages, forKey: .languages) }
            default:
                let value = column.value(self)
                if !value.isEmpty { try c.encode(value, forKey: column.key) }
            }
        }
    }
}

extension SundhedDKRow {
    /// One field as a column: its JSON key, its Danish heading and its text (lists joined).
    public struct Column: Sendable {
        let key: CodingKeys
        public let heading: String
        public let value: @Sendable (SundhedDKRow) -> String

        public var jsonKey: String { key.rawValue }
    }

    /// Every field in the portal's order; CSV columns, HTML pages and the change report follow it.
    public static let columns: [Column] = [
        Column(key: .id, heading: "Id") { $0.id },
        Column(key: .name, heading: "Navn") { $0.name },
        Column(key: .purpose, heading: "Formål (kort)") { $0.purpose },
        Column(key: .audience, heading: "Målgruppe") { $0.audience },
        Column(key: .ageFrom, heading: "Alder fra") { $0.ageFrom.map(String.init) ?? "" },
        Column(key: .ageTo, heading: "Alder til") { $0.ageTo.map(String.init) ?? "" },
        Column(key: .content, heading: "Indhold") { $0.content },
        Column(key: .duration, heading: "Varighed og tid") { $0.duration },
        Column(key: .price, heading: "Pris") { $0.price },
        Column(key: .enrolment, heading: "Tilmelding og henvisning") { $0.enrolment },
        Column(key: .phone, heading: "Telefon") { $0.phone },
        Column(key: .email, heading: "E-mail") { $0.email },
        Column(key: .web, heading: "Web") { $0.web },
        Column(key: .place, heading: "Sted") { $0.place },
        Column(key: .address, heading: "Adresse") { $0.address },
        Column(key: .municipality, heading: "Kommune") { $0.municipality },
        Column(key: .provider, heading: "Udbyder (center)") { $0.provider },
        Column(key: .healthAreas, heading: "Sundhedsområde/behov") { $0.healthAreas.joined(separator: "; ") },
        Column(key: .kind, heading: "Tilbudstype") { $0.kind },
        Column(key: .languages, heading: "Sprog") { $0.languages.joined(separator: ", ") },
        Column(key: .status, heading: "Status") { $0.status },
        Column(key: .lastVerified, heading: "Sidst verificeret") { $0.lastVerified },
    ]
}
