/// What editors and staff type, made fit to keep: control characters (C0 but tab and line feed,
/// DEL, C1) and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
/// removed. They are invisible, a terminal or a YAML reader may act on them, and bidi controls can
/// make a text read differently from what it is. A carriage return goes too, so a form's CRLF
/// becomes LF.
enum UserText {
    static func cleaned(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRemoved) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !isRemoved($0) })
        return String(kept)
    }

    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
