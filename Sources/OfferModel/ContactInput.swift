/// The rules for contact data as people type it: one place that the catalogue's validator,
/// Redaktionen's form, account e-mail addresses and the exports all use.
///
/// - Telephone: Danish numbers are written with the digits in pairs (`4357-7000` becomes
///   `43 57 70 00`, `+45` is kept in front); short numbers such as `1813` stay as they are.
/// - E-mail: a plain address (`navn@ishoj.dk`), never a display name or markup.
/// - Web: `http` or `https` only; an address without a scheme (`ishoj.dk`) means https.
public enum ContactInput {
    /// A typed value made canonical, or the Danish reason it cannot be used.
    public enum Checked: Sendable, Hashable {
        case valid(String)
        case invalid(String)

        /// The canonical value; nil when the input cannot be used.
        public var value: String? {
            if case let .valid(value) = self { return value }
            return nil
        }

        /// The Danish reason; nil when the input is fine.
        public var problem: String? {
            if case let .invalid(reason) = self { return reason }
            return nil
        }
    }

    /// A telephone number with its digits in pairs. Spaces, hyphens, dots, slashes and
    /// parentheses between the digits are allowed and dropped; letters are refused.
    public static func phone(_ text: String) -> Checked {
        let trimmed = text.trimmedWhitespace
        let separators: Set<Character> = [" ", "-", ".", "/", "(", ")", "\u{00A0}"]
        guard !trimmed.isEmpty else { return .valid("") }
        var prefix = ""
        var rest = Substring(trimmed)
        if rest.hasPrefix("+") {
            rest = rest.dropFirst()
            prefix = "+"
        } else if rest.hasPrefix("00") && rest.filter(\.isASCIIDigit).count > 8 {
            rest = rest.dropFirst(2)
            prefix = "+"
        }
        guard rest.allSatisfy({ $0.isASCIIDigit || separators.contains($0) }) else {
            return .invalid("telefonnummeret '\(trimmed)' må kun have cifre, mellemrum, bindestreg og + foran")
        }
        var digits = String(rest.filter(\.isASCIIDigit))
        if prefix == "+" {
            guard digits.hasPrefix("45") else {
                // A foreign number: kept with its own grouping, only the spacing made plain.
                let groups = rest.split(whereSeparator: { separators.contains($0) })
                return groups.isEmpty ? .invalid("telefonnummeret '\(trimmed)' har ingen cifre") : .valid("+" + groups.joined(separator: " "))
            }
            digits.removeFirst(2)
            prefix = "+45 "
        }
        switch digits.count {
        case 8: return .valid(prefix + pairs(digits))
        case 3...5 where prefix.isEmpty: return .valid(digits)
        default:
            return .invalid("telefonnummeret '\(trimmed)' skal have 8 cifre, fx 43 57 70 00 (eller et kort nummer som 1813)")
        }
    }

    /// A plain e-mail address: one `@`, a name before it and a domain with a dot after it, no
    /// spaces, brackets, quotes or markup.
    public static func email(_ text: String) -> Checked {
        var address = text.trimmedWhitespace
        guard !address.isEmpty else { return .valid("") }
        if address.lowercased().hasPrefix("mailto:") { address = String(address.dropFirst("mailto:".count)) }
        let forbidden: Set<Character> = ["<", ">", "\"", "'", "(", ")", ",", ";", ":", "[", "]", "\\", "/"]
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard !address.contains(where: { $0.isWhitespace || forbidden.contains($0) }), parts.count == 2,
              !parts[0].isEmpty, !parts[0].hasPrefix("."), !parts[0].hasSuffix("."),
              isDomain(parts[1]) else {
            return .invalid("'\(text.trimmedWhitespace)' er ikke en e-mailadresse; skriv kun adressen, fx sundhed@ishoj.dk")
        }
        return .valid(parts[0] + "@" + parts[1].lowercased())
    }

    /// A web address with `http` or `https` (or none, which means https); every other scheme
    /// (`javascript:`, `mailto:`, `data:` ...) is refused. The text is kept as written.
    public static func web(_ text: String) -> Checked {
        let trimmed = text.trimmedWhitespace
        guard !trimmed.isEmpty else { return .valid("") }
        let refused = Checked.invalid("webadressen '\(trimmed)' skal være en almindelig adresse som ishoj.dk eller https://ishoj.dk")
        var rest = Substring(trimmed)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("https://") {
            rest = rest.dropFirst("https://".count)
        } else if lower.hasPrefix("http://") {
            rest = rest.dropFirst("http://".count)
        } else if let colon = rest.firstIndex(of: ":") {
            // Without http(s):// a colon may only start a port number (`ishoj.dk:8080`).
            let after = rest[rest.index(after: colon)...]
            guard let first = after.first, first.isASCIIDigit else { return refused }
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostName = host.split(separator: ":", maxSplits: 1).first ?? ""
        guard !trimmed.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "\\" }),
              isDomain(hostName) || hostName == "localhost" else { return refused }
        return .valid(trimmed)
    }

    /// The absolute URL of a catalogue web address (`https://` added when it has none), or nil
    /// when it is not an http(s) address: exports never carry anything else.
    public static func absoluteWeb(_ text: String) -> String? {
        guard let value = web(text).value, !value.isEmpty else { return nil }
        let lower = value.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? value : "https://" + value
    }

    private static func pairs(_ digits: String) -> String {
        var groups: [String] = []
        var index = digits.startIndex
        while index < digits.endIndex {
            let end = digits.index(index, offsetBy: 2, limitedBy: digits.endIndex) ?? digits.endIndex
            groups.append(String(digits[index..<end]))
            index = end
        }
        return groups.joined(separator: " ")
    }

    /// Labels of letters, digits and hyphens joined by single dots, at least two of them.
    private static func isDomain(_ text: Substring) -> Bool {
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
