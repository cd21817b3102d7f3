import Foundation
import OfferModel

extension HSDSMapping {
    /// A catalogue id from a name: lower case a-z and 0-9 joined by single hyphens (æ → ae, ø → oe, å → aa).
    static func slug(_ text: String) -> String {
        var folded = text.lowercased()
        for (letter, spelling) in [("æ", "ae"), ("ø", "oe"), ("å", "aa")] {
            folded = folded.replacingOccurrences(of: letter, with: spelling)
        }
        folded = folded.folding(options: .diacriticInsensitive, locale: nil)
        var out = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// `base`, or `base-2`, `base-3` ... when taken; the result is marked as used.
    static func unique(_ base: String, in used: inout Set<String>) -> String {
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// A phone number as the catalogue allows it: digits, spaces and +; separators become spaces.
    static func phone(_ number: String) -> String {
        let kept = number.map { $0.isNumber || $0 == "+" ? $0 : " " }
        return String(kept).split(separator: " ").joined(separator: " ")
    }

    /// An HSDS address as the catalogue's one line: street, extra line, postcode and city.
    static func format(_ address: HSDS.Address) -> String {
        let city = [address.postal_code.trimmed, address.city.trimmed].filter { !$0.isEmpty }.joined(separator: " ")
        return [address.address_1.trimmed, address.address_2?.trimmed ?? "", city].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// Whole years from HSDS ages; both bounds are dropped when they contradict each other.
    static func ages(_ minimum: Double?, _ maximum: Double?) -> AgeRange {
        func years(_ value: Double?) -> Int? {
            guard let value, value.isFinite, value >= 0 else { return nil }
            return min(130, Int(value.rounded(.down)))
        }
        let range = AgeRange(from: years(minimum), to: years(maximum))
        if let from = range.from, let to = range.to, from > to { return AgeRange() }
        return range
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
