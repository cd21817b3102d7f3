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

/// One of the municipality's own documents that offers cite in `kilde` (`kilder.yaml`), with
/// the year it was written: an offer known only from a note is as old as its newest note.
public struct SourceNote: Sendable, Hashable {
    /// The document's file name, as `kilde` entries begin (`000_22404f1cc7a3531e.txt`).
    public var file: String
    public var name: String
    public var year: Int

    public init(file: String, name: String, year: Int) {
        self.file = file
        self.name = name
        self.year = year
    }

    /// The notes among notes that the offer's sources cite (a `kilde` entry begins with the file name).
    public static func cited(by offer: Offer, in notes: [SourceNote]) -> [SourceNote] {
        notes.filter { note in offer.sources.contains { $0.hasPrefix(note.file) } }
    }

    /// Whether every source of the offer is one of notes: nothing but the municipality's notes
    /// says the offer exists.
    public static func knownOnlyFromNotes(_ offer: Offer, in notes: [SourceNote]) -> Bool {
        !offer.sources.isEmpty && offer.sources.allSatisfy { source in notes.contains { source.hasPrefix($0.file) } }
    }
}
