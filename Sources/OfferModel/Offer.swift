/// One citizen offer (tilbud) as the catalogue describes it.
///
/// Property names are English; the coded (JSON) keys are the catalogue's Danish field names,
/// so `tilbud search --json`, the web API and the catalogue files all speak the same words.
/// `internal` is deliberately not part of the coded form: staff-only notes never leave the catalogue.
public struct Offer: Sendable, Hashable, Codable, Identifiable {
    /// The catalogue id, also the file name: lowercase a-z, 0-9 and `-`.
    public var id: String
    public var name: String
    /// One line that says what the offer is.
    public var summary: String
    public var description: String
    /// Need ids from `behov.yaml`.
    public var needs: [String]
    public var ages: AgeRange
    /// Centre id from `centre.yaml`.
    public var centre: String
    /// Who the offer is for, in words.
    public var audience: String
    public var access: [Access]
    /// How to get in, in words.
    public var referral: String
    public var contact: Contact
    public var place: Place
    /// When and how long.
    public var schedule: String
    public var price: String
    public var languages: [String]
    public var status: OfferStatus
    public var lastVerified: CalendarDate?
    /// The unit that keeps the entry true.
    public var owner: String
    /// Extra words people search with.
    public var keywords: [String]
    /// Everyday situations in which the offer helps, in the centre's own words (`situationer`),
    /// one short sentence each ("Min mor taler ikke dansk og sidder meget alene").
    public var situations: [String]
    /// Municipality id.
    public var municipality: String
    public var kind: OfferKind?
    /// Where the facts come from (document and section).
    public var sources: [String]
    /// Staff-only information; never coded, indexed, exported or printed.
    public var internalInfo: InternalInfo?

    public init(
        id: String, name: String, summary: String, description: String = "", needs: [String],
        ages: AgeRange = AgeRange(), centre: String = "", audience: String = "", access: [Access] = [],
        referral: String = "", contact: Contact = Contact(), place: Place = Place(), schedule: String = "",
        price: String = "", languages: [String] = [], status: OfferStatus = .active,
        lastVerified: CalendarDate? = nil, owner: String = "", keywords: [String] = [],
        situations: [String] = [], municipality: String = "", kind: OfferKind? = nil, sources: [String] = [], internalInfo: InternalInfo? = nil
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.description = description
        self.needs = needs
        self.ages = ages
        self.centre = centre
        self.audience = audience
        self.access = access
        self.referral = referral
        self.contact = contact
        self.place = place
        self.schedule = schedule
        self.price = price
        self.languages = languages
        self.status = status
        self.lastVerified = lastVerified
        self.owner = owner
        self.keywords = keywords
        self.situations = situations
        self.municipality = municipality
        self.kind = kind
        self.sources = sources
        self.internalInfo = internalInfo
    }

    enum CodingKeys: String, CodingKey {
        case id, name = "navn", summary = "kort", description = "beskrivelse", needs = "behov", ages = "alder"
        case centre = "center", audience = "maalgruppe", access = "adgang", referral = "henvisning"
        case contact = "kontakt", place = "sted", schedule = "tid", price = "pris", languages = "sprog"
        case status, lastVerified = "sidst_verificeret", owner = "ansvarlig", keywords = "soegeord"
        case situations = "situationer"
        case municipality = "kommune", kind = "tilbudstype", sources = "kilde"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        needs = try c.decodeIfPresent([String].self, forKey: .needs) ?? []
        ages = try c.decodeIfPresent(AgeRange.self, forKey: .ages) ?? AgeRange()
        centre = try c.decodeIfPresent(String.self, forKey: .centre) ?? ""
        audience = try c.decodeIfPresent(String.self, forKey: .audience) ?? ""
        access = try c.decodeIfPresent([Access].self, forKey: .access) ?? []
        referral = try c.decodeIfPresent(String.self, forKey: .referral) ?? ""
        contact = try c.decodeIfPresent(Contact.self, forKey: .contact) ?? Contact()
        place = try c.decodeIfPresent(Place.self, forKey: .place) ?? Place()
        schedule = try c.decodeIfPresent(String.self, forKey: .schedule) ?? ""
        price = try c.decodeIfPresent(String.self, forKey: .price) ?? ""
        languages = try c.decodeIfPresent([String].self, forKey: .languages) ?? []
        status = try c.decodeIfPresent(OfferStatus.self, forKey: .status) ?? .active
        lastVerified = try c.decodeIfPresent(CalendarDate.self, forKey: .lastVerified)
        owner = try c.decodeIfPresent(String.self, forKey: .owner) ?? ""
        keywords = try c.decodeIfPresent([String].self, forKey: .keywords) ?? []
        situations = try c.decodeIfPresent([String].self, forKey: .situations) ?? []
        municipality = try c.decodeIfPresent(String.self, forKey: .municipality) ?? ""
        kind = try c.decodeIfPresent(OfferKind.self, forKey: .kind)
        sources = try c.decodeIfPresent([String].self, forKey: .sources) ?? []
        internalInfo = nil
    }
}

extension Offer {
    /// Whether the offer may be shown to the public (status `aktiv` or `pause`).
    public var isPublic: Bool { status != .ended }

    /// All text a person might search in, in the order of importance.
    public var searchableText: [String] {
        [name, summary, description, audience, referral, keywords.joined(separator: " "), situations.joined(separator: " ")]
    }
}
