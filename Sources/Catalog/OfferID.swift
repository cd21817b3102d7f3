import Foundation

/// Offer ids, which are also file names: lowercase a-z, 0-9 and single hyphens (`tip-tap-tynde`).
public enum OfferID {
    /// Ids are cut to this many characters, so file names stay readable.
    public static let maxLength = 60

    public static func isValid(_ id: String) -> Bool { OfferReader.isValidID(id) }

    /// An id made from an offer's name as `catalog/README.md` asks (æ → ae, ø → oe, å → aa,
    /// accents dropped, anything else a hyphen), made unique with `-2`, `-3` ... when `taken`.
    public static func make(from name: String, taken: (String) -> Bool) -> String {
        var base = ""
        for character in name.lowercased() {
            switch character {
            case "æ": base += "ae"
            case "ø": base += "oe"
            case "å": base += "aa"
            default:
                let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
                if folded.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) {
                    base += folded
                } else {
                    base += "-"
                }
            }
        }
        base = base.split(separator: "-").joined(separator: "-")
        if base.count > maxLength { base = String(base.prefix(maxLength)).split(separator: "-").joined(separator: "-") }
        if base.isEmpty { base = "tilbud" }
        var id = base, number = 1
        while taken(id) {
            number += 1
            id = "\(base)-\(number)"
        }
        return id
    }
}
