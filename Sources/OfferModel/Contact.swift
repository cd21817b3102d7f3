/// Public contact data (`kontakt`). An empty field means the catalogue does not know it.
public struct Contact: Sendable, Hashable, Codable {
    public var phone: String
    public var email: String
    public var web: String

    public init(phone: String = "", email: String = "", web: String = "") {
        self.phone = phone
        self.email = email
        self.web = web
    }

    public var isEmpty: Bool { phone.isEmpty && email.isEmpty && web.isEmpty }

    enum CodingKeys: String, CodingKey {
        case phone = "telefon", email, web
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        phone = try c.decodeIfPresent(String.self, forKey: .phone) ?? ""
        email = try c.decodeIfPresent(String.self, forKey: .email) ?? ""
        web = try c.decodeIfPresent(String.self, forKey: .web) ?? ""
    }
}

/// Where an offer takes place (`sted`).
public struct Place: Sendable, Hashable, Codable {
    public var name: String
    public var address: String

    public init(name: String = "", address: String = "") {
        self.name = name
        self.address = address
    }

    public var isEmpty: Bool { name.isEmpty && address.isEmpty }

    enum CodingKeys: String, CodingKey {
        case name = "navn", address = "adresse"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
        address = try c.decodeIfPresent(String.self, forKey: .address) ?? ""
    }
}

/// Staff-only data (`intern`): never indexed, exported, printed or shown on a public page.
public struct InternalInfo: Sendable, Hashable {
    public var note: String
    public var phone: String

    public init(note: String = "", phone: String = "") {
        self.note = note
        self.phone = phone
    }
}
