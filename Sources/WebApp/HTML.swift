/// Markup that is safe to send.
///
/// Text interpolated into an `HTML` literal is escaped by `HTML.escape`, the one escaping
/// function of the web app; only other `HTML` values are inserted as they are. So catalogue and
/// user text can only reach a page escaped, in element content and in quoted attributes alike.
///
/// ```swift
/// let card: HTML = "<h3 title=\"\(offer.name)\">\(offer.name)</h3>"
/// ```
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The finished markup.
    public private(set) var markup: String

    public init(stringLiteral literal: String) {
        markup = literal
    }

    public init(stringInterpolation: StringInterpolation) {
        markup = stringInterpolation.markup
    }

    public var description: String { markup }

    /// No markup at all.
    public static let empty: HTML = ""

    /// Escapes `& < > " '` so text cannot end an element, an attribute or start a tag.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// The parts one after another, with `separator` between them.
    public static func join(_ parts: [HTML], separator: HTML = "") -> HTML {
        var result = HTML.empty
        for (index, part) in parts.enumerated() {
            if index > 0 { result.markup += separator.markup }
            result.markup += part.markup
        }
        return result
    }

    /// `html` when `condition` holds, otherwise nothing.
    public static func when(_ condition: Bool, _ html: @autoclosure () -> HTML) -> HTML {
        condition ? html() : .empty
    }

    public static func + (left: HTML, right: HTML) -> HTML {
        var result = left
        result.markup += right.markup
        return result
    }

    public static func += (left: inout HTML, right: HTML) {
        left.markup += right.markup
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            markup += literal
        }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        /// Markup: inserted as it is.
        public mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        /// Several pieces of markup, one after another.
        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { markup += part.markup }
        }

        public mutating func appendInterpolation(_ number: Int) {
            markup += String(number)
        }
    }
}
