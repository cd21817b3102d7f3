import OfferModel
import Yams

/// Writes catalogue values as the YAML files `catalog/README.md` documents, fields in its order,
/// so that `CatalogLoader` reads them back unchanged.
///
/// Yams does the quoting: a text that YAML would read as something else (`null`, `yes`, a date,
/// `- x`, `a: b` ...) is quoted, multi-line texts are written as `|` blocks. Empty fields are left
/// out, as the README asks. The writer only renders text; the caller decides where files go.
public enum CatalogWriter {
    /// One rendered file: its path inside the catalogue folder and its YAML text.
    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String
    }

    /// Every file of a catalogue folder: `kommune.yaml`, `behov.yaml`, `centre.yaml` (when there
    /// are centres) and `tilbud/<id>.yaml` per offer.
    public static func files(municipality: Municipality, needs: [Need], centres: [Centre], offers: [Offer]) throws -> [File] {
        var files = [File(path: "kommune.yaml", text: try municipalityYAML(municipality)),
                     File(path: "behov.yaml", text: try needsYAML(needs))]
        if !centres.isEmpty { files.append(File(path: "centre.yaml", text: try centresYAML(centres))) }
        for offer in offers {
            files.append(File(path: "tilbud/\(offer.id).yaml", text: try offerYAML(offer, defaultMunicipality: municipality.id)))
        }
        return files
    }

    public static func municipalityYAML(_ municipality: Municipality) throws -> String {
        try render(fields([("id", text(municipality.id)), ("navn", text(municipality.name)), ("web", text(municipality.web)),
                            ("driftsenhed", text(municipality.operatorCentre))]))
    }

    public static func needsYAML(_ needs: [Need]) throws -> String {
        try render(fields(needs.map { need in
            (need.id, fields([("navn", text(need.name)), ("beskrivelse", text(need.description))]))
        }))
    }

    public static func centresYAML(_ centres: [Centre]) throws -> String {
        try render(fields(centres.map { centre in
            (centre.id, fields([("navn", text(centre.name)), ("beskrivelse", text(centre.description)),
                                ("adresse", text(centre.address)), ("kontakt", contact(centre.contact))]))
        }))
    }

    /// `skaerme.yaml`: the screens in their order, each with its fields in the README's order;
    /// `sekunder` is always written, so the file says how long each offer stays.
    public static func screensYAML(_ screens: [Screen]) throws -> String {
        let body = try render(fields(screens.map { screen in
            let selection = screen.selection.flatMap { selection in
                fields([("behov", list(selection.needs)), ("aldersgruppe", text(selection.ageGroup?.rawValue ?? ""))])
            }
            return (screen.id, fields([("titel", text(screen.title)), ("tema", text(screen.theme)),
                                       ("sekunder", Node(String(screen.seconds))), ("tilbud", list(screen.offers, style: .block)),
                                       ("udvalg", selection)]))
        }))
        // libyaml leaves a list under a nested key (`  tilbud:` / `  - id`) where it is; the
        // README shows it indented under its key, as `indentingLists` does for top-level lists.
        let indented = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("  - ") ? "  " + $0 : $0 }.joined(separator: "\n")
        return screensHeader + indented
    }

    /// The comment `skaerme.yaml` starts with, also when Redaktionen writes it.
    static let screensHeader = """
    # Infoskærmene: hver skærm viser tilbuddene på skift på /skaerm/<id> (se README.md).
    # tilbud: tilbuddenes id'er i rækkefølge; udvalg: flere tilbud efter behov og aldersgruppe.


    """

    /// One offer file. `id` is left out (it is the file name), and so is `kommune` when it is
    /// `defaultMunicipality`, the catalogue's own.
    public static func offerYAML(_ offer: Offer, defaultMunicipality: String) throws -> String {
        let ages = fields([("fra", offer.ages.from.map { Node(String($0)) }), ("til", offer.ages.to.map { Node(String($0)) })])
        let place = fields([("navn", text(offer.place.name)), ("adresse", text(offer.place.address))])
        let internalInfo = offer.internalInfo.flatMap { info in
            fields([("note", text(info.note)), ("telefon", text(info.phone))])
        }
        let values: [String: Node?] = [
            "navn": text(offer.name), "kort": text(offer.summary), "beskrivelse": block(offer.description),
            "behov": list(offer.needs), "alder": ages, "center": text(offer.centre), "maalgruppe": text(offer.audience),
            "adgang": list(offer.access.map(\.rawValue)), "henvisning": text(offer.referral), "kontakt": contact(offer.contact),
            "sted": place, "tid": text(offer.schedule), "pris": text(offer.price), "sprog": list(offer.languages),
            "status": text(offer.status.rawValue), "sidst_verificeret": text(offer.lastVerified?.description ?? ""),
            "ansvarlig": text(offer.owner), "soegeord": list(offer.keywords),
            "situationer": list(offer.situations, style: .block),
            "kommune": offer.municipality == defaultMunicipality ? nil : text(offer.municipality),
            "tilbudstype": text(offer.kind?.rawValue ?? ""), "kilde": list(offer.sources, style: .block),
            "intern": internalInfo,
        ]
        return try render(fields(OfferReader.fields.filter { $0 != "id" }.map { ($0, values[$0] ?? nil) }))
    }

    /// The field each line of a file this writer rendered belongs to (`kontakt.telefon` for a
    /// nested key, the field itself for the lines of a list or a `|` block), by line number from 1:
    /// so a finding on a line can be shown beside its field in a form.
    public static func fieldLines(of text: String) -> [Int: String] {
        var fields: [Int: String] = [:]
        var top = "", current = ""
        func key(_ line: Substring) -> String? {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon]
            return !name.isEmpty && name.allSatisfy({ $0.isLetter || $0 == "_" }) ? String(name) : nil
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let name = key(line) {
                top = name
                current = name
            } else if line.hasPrefix("  "), ["alder", "kontakt", "sted", "intern"].contains(top), let name = key(line.dropFirst(2)) {
                current = top + "." + name
            }
            fields[index + 1] = current
        }
        return fields
    }

    /// A text node, or nil for an empty text; several lines become a `|` block.
    ///
    /// A block ends with a line break (`|`, as the README shows it); the reader trims it again.
    private static func text(_ value: String) -> Node? {
        guard !value.isEmpty else { return nil }
        if value.contains("\n") { return Node.scalar(Node.Scalar(value + "\n", Tag(.str), .literal)) }
        return Node.scalar(scalar(value))
    }

    /// A text always written as a `|` block, as the README asks for `beskrivelse`.
    private static func block(_ value: String) -> Node? {
        value.isEmpty ? nil : Node.scalar(Node.Scalar(value + "\n", Tag(.str), .literal))
    }

    private static func list(_ values: [String], style: Node.Sequence.Style = .flow) -> Node? {
        values.isEmpty ? nil : Node.sequence(Node.Sequence(values.map { Node.scalar(scalar($0)) }, Tag(.seq), style))
    }

    /// A text as YAML reads it back. Where the emitter would put a text in apostrophes, double
    /// quotes are used, as the README writes such texts (`kort: "Tilbud: hjælp til rygestop"`).
    private static func scalar(_ value: String) -> Node.Scalar {
        let represented = value.represented()
        guard let emitted = try? Yams.serialize(node: .scalar(represented), width: -1, allowUnicode: true),
              emitted.hasPrefix("'") else { return represented }
        return Node.Scalar(value, Tag(.str), .doubleQuoted)
    }

    private static func contact(_ contact: Contact) -> Node? {
        fields([("telefon", text(contact.phone)), ("email", text(contact.email)), ("web", text(contact.web))])
    }

    /// A block mapping of the pairs that have a value, or nil when none has.
    private static func fields(_ pairs: [(String, Node?)]) -> Node? {
        let present = pairs.compactMap { key, value in value.map { (Node(key), $0) } }
        return present.isEmpty ? nil : Node.mapping(Node.Mapping(present, Tag(.map), .block))
    }

    private static func render(_ node: Node?) throws -> String {
        guard let node else { return "{}\n" }
        return indentingLists(try Yams.serialize(node: node, width: -1, allowUnicode: true))
    }

    /// libyaml writes a list under a key without indenting it (`kilde:` / `- a`); the README shows
    /// it indented two spaces (`kilde:` / `  - a`), so the list's lines are moved in. Only the
    /// lines of such a list start at the left margin without being a key.
    private static func indentingLists(_ text: String) -> String {
        var inList = false
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("- ") || line == "-" { inList = true } else if !line.hasPrefix(" ") { inList = false }
            lines.append(inList && !line.isEmpty ? "  " + line : line)
        }
        return lines.joined(separator: "\n")
    }
}
