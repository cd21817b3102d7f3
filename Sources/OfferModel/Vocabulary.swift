/// A need category (`behov.yaml`).
public struct Need: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var description: String

    public init(id: String, name: String, description: String = "") {
        self.id = id
        self.name = name
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case id, name = "navn", description = "beskrivelse"
    }
}

/// A centre or unit that runs offers (`centre.yaml`).
public struct Centre: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    public var contact: Contact
    public var address: String

    public init(id: String, name: String, description: String = "", contact: Contact = Contact(), address: String = "") {
        self.id = id
        self.name = name
        self.description = description
        self.contact = contact
        self.address = address
    }

    enum CodingKeys: String, CodingKey {
        case id, name = "navn", description = "beskrivelse", contact = "kontakt", address = "adresse"
    }
}

/// The municipality a catalogue belongs to (`kommune.yaml`).
public struct Municipality: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var web: String
    /// The id of the centre (`centre.yaml`) that runs the tool (`driftsenhed`): the contact for
    /// offers whose own centre has none. Empty when not set.
    public var operatorCentre: String

    public init(id: String, name: String, web: String = "", operatorCentre: String = "") {
        self.id = id
        self.name = name
        self.web = web
        self.operatorCentre = operatorCentre
    }

    enum CodingKeys: String, CodingKey {
        case id, name = "navn", web, operatorCentre = "driftsenhed"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        web = try c.decodeIfPresent(String.self, forKey: .web) ?? ""
        operatorCentre = try c.decodeIfPresent(String.self, forKey: .operatorCentre) ?? ""
    }
}
