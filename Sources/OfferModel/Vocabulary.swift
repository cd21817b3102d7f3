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

    public init(id: String, name: String, web: String = "") {
        self.id = id
        self.name = name
        self.web = web
    }

    enum CodingKeys: String, CodingKey {
        case id, name = "navn", web
    }
}
