import OfferModel

/// Reads typed values out of `FieldNode`s and records a `Finding` for every value of the wrong shape.
struct FieldReader {
    let file: String
    var centre: String?
    private(set) var findings: [Finding] = []

    init(file: String) {
        self.file = file
    }

    mutating func error(_ line: Int, _ message: String) {
        findings.append(Finding(.error, file: file, line: line, message, centre: centre))
    }

    mutating func warning(_ line: Int, _ message: String) {
        findings.append(Finding(.warning, file: file, line: line, message, centre: centre))
    }

    /// A contact value in its canonical form (`ContactInput`); an error, and the text as written,
    /// when it cannot be used.
    mutating func contact(_ checked: ContactInput.Checked, as written: String, line: Int) -> String {
        switch checked {
        case let .valid(value): return value
        case let .invalid(reason):
            error(line, reason)
            return written
        }
    }

    /// The pairs of a map, or nil (with an error) for anything else.
    mutating func pairs(_ node: FieldNode, what: String) -> [(key: String, line: Int, value: FieldNode)]? {
        switch node {
        case let .map(pairs, _): return pairs
        case .null: return []
        default:
            error(node.line, "\(what) skal have felter under sig, men er \(node.kindName)")
            return nil
        }
    }

    /// A trimmed text; nil when empty or null. Lists and maps give an error.
    mutating func text(_ node: FieldNode, field: String) -> String? {
        switch node {
        case let .scalar(value, _):
            let trimmed = value.trimmedWhitespace
            return trimmed.isEmpty ? nil : trimmed
        case .null:
            return nil
        default:
            error(node.line, "feltet '\(field)' skal være en tekst, men er \(node.kindName)")
            return nil
        }
    }

    /// A list of texts; a single text counts as a list of one.
    mutating func texts(_ node: FieldNode, field: String) -> [String] {
        switch node {
        case .scalar:
            return text(node, field: field).map { [$0] } ?? []
        case let .list(items, _):
            return items.compactMap { item in
                if case .scalar = item { return text(item, field: field) }
                error(item.line, "hvert punkt i '\(field)' skal være en tekst, men et er \(item.kindName)")
                return nil
            }
        case .null:
            return []
        case .map:
            error(node.line, "feltet '\(field)' skal være en liste, men har felter under sig")
            return []
        }
    }

    /// A whole number within `range`.
    mutating func integer(_ node: FieldNode, field: String, range: ClosedRange<Int>) -> Int? {
        guard let value = text(node, field: field) else { return nil }
        guard let number = Int(value) else {
            error(node.line, "'\(field)' skal være et helt tal, ikke '\(value)'")
            return nil
        }
        guard range.contains(number) else {
            error(node.line, "'\(field)' skal ligge mellem \(range.lowerBound) og \(range.upperBound), ikke \(number)")
            return nil
        }
        return number
    }

    /// Reports keys that are not in `known`, suggesting the nearest known one.
    mutating func rejectUnknown(_ pairs: [(key: String, line: Int, value: FieldNode)], known: [String], in place: String) {
        for pair in pairs where !known.contains(pair.key) {
            var message = "ukendt felt '\(pair.key)'\(place)"
            if let near = FieldReader.nearest(pair.key, in: known) { message += " (mente du '\(near)'?)" }
            error(pair.line, message)
        }
    }

    /// The known word within edit distance 2 of `word`, if any.
    static func nearest(_ word: String, in candidates: [String]) -> String? {
        candidates
            .map { ($0, EditDistance.between(word, $0)) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }
}
