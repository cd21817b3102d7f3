import OfferModel

/// Reads the catalogue's shared files: `kommune.yaml`, `behov.yaml`, `centre.yaml`, `synonymer.yaml`.
struct VocabularyReader {
    var reader: FieldReader

    init(file: String) {
        reader = FieldReader(file: file)
    }

    var findings: [Finding] { reader.findings }

    /// The line of `driftsenhed` in the last `kommune.yaml` read, so the loader can point at it
    /// when the centre is unknown.
    private(set) var operatorLine = 0

    mutating func municipality(_ node: FieldNode) -> Municipality? {
        guard let pairs = reader.pairs(node, what: "kommune.yaml") else { return nil }
        reader.rejectUnknown(pairs, known: ["id", "navn", "web", "driftsenhed"], in: "")
        operatorLine = pairs.first { $0.key == "driftsenhed" }?.line ?? 0
        var values: [String: String] = [:]
        for pair in pairs { values[pair.key] = reader.text(pair.value, field: pair.key) }
        guard let id = values["id"], let name = values["navn"] else {
            reader.error(node.line, "kommune.yaml skal have 'id' og 'navn'")
            return nil
        }
        return Municipality(id: id, name: name, web: values["web"] ?? "", operatorCentre: values["driftsenhed"] ?? "")
    }

    mutating func needs(_ node: FieldNode) -> [Need] {
        entries(node, known: ["navn", "beskrivelse"]).map { id, values, _ in
            Need(id: id, name: values["navn"] ?? id, description: values["beskrivelse"] ?? "")
        }
    }

    mutating func centres(_ node: FieldNode) -> [Centre] {
        entries(node, known: ["navn", "beskrivelse", "kontakt", "adresse", "kilde"]).map { id, values, contact in
            Centre(id: id, name: values["navn"] ?? id, description: values["beskrivelse"] ?? "",
                   contact: contact, address: values["adresse"] ?? "")
        }
    }

    mutating func synonyms(_ node: FieldNode) -> SynonymTable {
        guard let pairs = reader.pairs(node, what: "synonymer.yaml") else { return SynonymTable() }
        var table: [String: [String]] = [:]
        for pair in pairs {
            let key = pair.key.lowercased().trimmedWhitespace
            let values = reader.texts(pair.value, field: pair.key).map { $0.lowercased() }
            if key.isEmpty || values.isEmpty {
                reader.error(pair.line, "synonymet '\(pair.key)' skal pege på mindst ét ord")
                continue
            }
            if table[key] != nil { reader.error(pair.line, "synonymet '\(key)' står to gange") }
            table[key] = values
        }
        return SynonymTable(table)
    }

    /// `kilder.yaml`: the municipality's documents by file name, each with `navn` and `aar`.
    mutating func sourceNotes(_ node: FieldNode) -> [SourceNote] {
        guard let pairs = reader.pairs(node, what: "kilder.yaml") else { return [] }
        var notes: [SourceNote] = []
        for pair in pairs {
            guard let fields = reader.pairs(pair.value, what: "'\(pair.key)'") else { continue }
            reader.rejectUnknown(fields, known: ["navn", "aar"], in: " under '\(pair.key)'")
            var name: String?
            var year: Int?
            for field in fields {
                if field.key == "navn" { name = reader.text(field.value, field: "navn") }
                if field.key == "aar" { year = reader.integer(field.value, field: "aar", range: 1900...2200) }
            }
            guard let name, let year else {
                reader.error(pair.line, "'\(pair.key)' skal have 'navn' og 'aar' (året, dokumentet er skrevet)")
                continue
            }
            if notes.contains(where: { $0.file == pair.key }) { reader.error(pair.line, "'\(pair.key)' står to gange") }
            notes.append(SourceNote(file: pair.key, name: name, year: year))
        }
        return notes
    }

    /// `id: {navn: ..., ...}` entries, each checked for a valid id and a name.
    private mutating func entries(
        _ node: FieldNode, known: [String]
    ) -> [(id: String, values: [String: String], contact: Contact)] {
        guard let pairs = reader.pairs(node, what: "Filen") else { return [] }
        var result: [(id: String, values: [String: String], contact: Contact)] = []
        for pair in pairs {
            if !OfferReader.isValidID(pair.key) {
                reader.error(pair.line, "id '\(pair.key)' må kun have små bogstaver a-z, tal og bindestreg")
            }
            guard let fields = reader.pairs(pair.value, what: "'\(pair.key)'") else { continue }
            reader.rejectUnknown(fields, known: known, in: " under '\(pair.key)'")
            var values: [String: String] = [:]
            var contact = Contact()
            for field in fields {
                if field.key == "kontakt" {
                    for part in reader.pairs(field.value, what: "'kontakt'") ?? [] {
                        let value = reader.text(part.value, field: "kontakt.\(part.key)") ?? ""
                        switch part.key {
                        case "telefon": contact.phone = reader.contact(ContactInput.phone(value), as: value, line: part.line)
                        case "email": contact.email = reader.contact(ContactInput.email(value), as: value, line: part.line)
                        case "web": contact.web = reader.contact(ContactInput.web(value), as: value, line: part.line)
                        default: reader.error(part.line, "ukendt felt '\(part.key)' under 'kontakt'")
                        }
                    }
                } else if field.key == "kilde" {
                    // Where the centre's facts come from: checked as a list, not carried further.
                    _ = reader.texts(field.value, field: "kilde")
                } else {
                    values[field.key] = reader.text(field.value, field: field.key)
                }
            }
            if values["navn"] == nil { reader.error(pair.line, "'\(pair.key)' mangler 'navn'") }
            result.append((pair.key, values, contact))
        }
        return result
    }
}

import Foundation
