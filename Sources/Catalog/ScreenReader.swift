import OfferModel

/// An offer or need id a screen names, and where: the rules across files check it once every
/// offer is read (`CatalogRules.screenFindings`).
struct ScreenReference: Sendable {
    enum Kind: Sendable { case offer, need }
    var kind: Kind
    var id: String
    var screen: String
    var file: String
    var line: Int
}

/// Reads `skaerme.yaml`: one entry per info screen, keyed by its id (see `Screen`).
struct ScreenReader {
    var reader: FieldReader
    /// The ids the screens name, with their lines.
    private(set) var references: [ScreenReference] = []

    /// The fields of a screen and of its `udvalg`, in the order `catalog/README.md` lists them.
    static let fields = ["titel", "tema", "sekunder", "tilbud", "udvalg"]
    static let selectionFields = ["behov", "aldersgruppe"]

    init(reader: FieldReader) {
        self.reader = reader
    }

    mutating func screens(_ node: FieldNode) -> [Screen] {
        guard let pairs = reader.pairs(node, what: "skaerme.yaml") else { return [] }
        var screens: [Screen] = []
        var seen = Set<String>()
        for pair in pairs {
            let id = pair.key
            if !OfferReader.isValidID(id) {
                reader.error(pair.line, "skærmens id '\(id)' må kun have små bogstaver a-z, tal og bindestreg")
            }
            if !seen.insert(id).inserted { reader.error(pair.line, "skærmen '\(id)' står to gange") }
            guard let fields = reader.pairs(pair.value, what: "skærmen '\(id)'") else { continue }
            reader.rejectUnknown(fields, known: Self.fields, in: " under skærmen '\(id)'")
            var screen = Screen(id: id, title: "")
            for field in fields {
                switch field.key {
                case "titel": screen.title = reader.text(field.value, field: "titel") ?? ""
                case "tema": screen.theme = reader.text(field.value, field: "tema") ?? ""
                case "sekunder":
                    if let seconds = reader.integer(field.value, field: "sekunder", range: Screen.secondsRange) { screen.seconds = seconds }
                case "tilbud": screen.offers = ids(field.value, kind: .offer, field: "tilbud", screen: id)
                case "udvalg": screen.selection = selection(field.value, screen: id)
                default: break
                }
            }
            if screen.title.isEmpty { reader.error(pair.line, "skærmen '\(id)' mangler 'titel'") }
            if screen.offers.isEmpty && screen.selection == nil {
                reader.error(pair.line, "skærmen '\(id)' viser intet: skriv tilbuddenes id'er under 'tilbud' eller et 'udvalg'")
            }
            screens.append(screen)
        }
        return screens
    }

    /// `udvalg:` with `behov` and/or `aldersgruppe`.
    private mutating func selection(_ node: FieldNode, screen: String) -> ScreenSelection? {
        guard let fields = reader.pairs(node, what: "'udvalg'") else { return nil }
        reader.rejectUnknown(fields, known: Self.selectionFields, in: " under 'udvalg'")
        var selection = ScreenSelection()
        for field in fields {
            switch field.key {
            case "behov": selection.needs = ids(field.value, kind: .need, field: "behov", screen: screen)
            case "aldersgruppe":
                guard let text = reader.text(field.value, field: "aldersgruppe") else { continue }
                if let group = AgeGroup(rawValue: text) {
                    selection.ageGroup = group
                } else {
                    let known = AgeGroup.allCases.map(\.rawValue)
                    reader.error(field.line, "ukendt aldersgruppe '\(text)'; brug en af \(known.joined(separator: ", "))")
                }
            default: break
            }
        }
        guard !selection.needs.isEmpty || selection.ageGroup != nil else {
            reader.error(node.line, "'udvalg' under skærmen '\(screen)' skal have 'behov' eller 'aldersgruppe'")
            return nil
        }
        return selection
    }

    /// A list of ids (a single id counts as a list of one), each remembered with its line.
    private mutating func ids(_ node: FieldNode, kind: ScreenReference.Kind, field: String, screen: String) -> [String] {
        let items: [FieldNode]
        switch node {
        case let .list(list, _): items = list
        case .scalar: items = [node]
        case .null: items = []
        case .map:
            reader.error(node.line, "'\(field)' under skærmen '\(screen)' skal være en liste af id'er")
            return []
        }
        var ids: [String] = []
        for item in items {
            guard let id = reader.text(item, field: field) else { continue }
            if ids.contains(id) {
                reader.error(item.line, "'\(id)' står to gange under '\(field)' på skærmen '\(screen)'")
                continue
            }
            ids.append(id)
            references.append(ScreenReference(kind: kind, id: id, screen: screen, file: reader.file, line: item.line))
        }
        return ids
    }
}

extension VocabularyReader {
    /// The screens of `skaerme.yaml` and the ids they name.
    mutating func screens(_ node: FieldNode) -> (screens: [Screen], references: [ScreenReference]) {
        var screens = ScreenReader(reader: reader)
        let read = screens.screens(node)
        reader = screens.reader
        return (read, screens.references)
    }
}
