import Foundation

/// One key of the server's settings: its name in the settings file, its spellings on the
/// command line and in the environment, what values it takes and its default.
///
/// Every key is in `Setting.all` (Setting+Keys.swift); a key added there can be set at once in
/// the file, as `TILBUDSGUIDE_...` and as `--indstilling nøgle=værdi`, and is checked at start.
public struct Setting: Sendable, Hashable {
    /// What a key accepts; every value arrives as text and is checked against this.
    public enum Kind: Sendable, Hashable {
        /// Any text that is not empty (a folder, an address, a header name).
        case text
        /// A whole number in the range.
        case integer(ClosedRange<Int>)
        /// One of the listed words.
        case choice([String])
        /// ja/nej (also true/false, 1/0).
        case flag
        /// Any text, or nothing: empty means the key is not set (an optional header name, a model).
        case optionalText
        /// An `http://` or `https://` address, or nothing (not set).
        case optionalWebAddress
        /// A plain e-mail address (`navn@domæne.dk`), or nothing (not set).
        case optionalMailAddress
    }

    /// The name in the settings file, dotted for groups: `port`, `log.niveau`.
    public let key: String
    public let kind: Kind
    /// The value used when nothing sets the key (as text, checked like any other).
    public let defaultValue: String
    /// What the key does, in Danish, for `tilbud serve --help` and docs/indstillinger.md.
    public let help: String

    public init(_ key: String, _ kind: Kind, default defaultValue: String, _ help: String) {
        self.key = key
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }

    /// The environment variable that sets this key: `TILBUDSGUIDE_` and the key in capitals,
    /// each other sign an underscore (`log.niveau`: `TILBUDSGUIDE_LOG_NIVEAU`), as
    /// swift-configuration's environment provider names it.
    public var environmentName: String {
        Self.environmentPrefix + String(key.uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    /// Every environment variable with this prefix must name a key.
    public static let environmentPrefix = "TILBUDSGUIDE_"

    /// Checks raw against the kind; the Danish reason when it does not fit.
    public func problem(with raw: String) -> String? {
        let value = raw.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .text:
            return value.isEmpty ? "\(key) må ikke være tom" : nil
        case let .integer(range):
            guard let number = Int(value), range.contains(number) else {
                let upper = range.upperBound == Int.max ? "eller mere" : "til \(range.upperBound)"
                return "\(key) skal være et helt tal fra \(range.lowerBound) \(upper), ikke \u{201C}\(value)\u{201D}"
            }
            return nil
        case let .choice(words):
            guard words.contains(value.lowercased()) else {
                return "\(key) skal være \(words.joined(separator: ", ")), ikke \u{201C}\(value)\u{201D}"
            }
            return nil
        case .flag:
            return Self.flag(value) == nil ? "\(key) skal være ja eller nej, ikke \u{201C}\(value)\u{201D}" : nil
        case .optionalText:
            return nil
        case .optionalWebAddress:
            let lower = value.lowercased()
            guard value.isEmpty || ((lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !value.contains(" ")) else {
                return "\(key) skal være en adresse, der begynder med https:// eller http://, ikke \u{201C}\(value)\u{201D}"
            }
            return nil
        case .optionalMailAddress:
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            guard value.isEmpty || (parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
                && !value.contains(where: { $0.isWhitespace || "<>\"(),;:".contains($0) })) else {
                return "\(key) skal være en e-mailadresse som tilbudsguide@ishoj.dk (uden navn og <>), ikke \u{201C}\(value)\u{201D}"
            }
            return nil
        }
    }

    static func flag(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ja", "true", "1", "til": return true
        case "nej", "false", "0", "fra": return false
        default: return nil
        }
    }
}
