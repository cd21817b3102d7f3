/// The language a query is written in, as far as its script and a few common words tell:
/// enough to treat a query in English, Arabic, Turkish, Urdu, Somali or Polish as what it is
/// (its words are not "unmatched", never "corrected" into Danish, and the multilingual model
/// leads its ranking). Anything else, and anything unclear, is Danish.
///
/// Never logged or stored, like the query itself.
public enum QueryLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case danish = "da", english = "en", arabic = "ar", turkish = "tr", urdu = "ur", somali = "so", polish = "pl"

    /// The language's Danish name, as the page says it ("Søgt på arabisk").
    public var danishName: String {
        switch self {
        case .danish: "dansk"
        case .english: "engelsk"
        case .arabic: "arabisk"
        case .turkish: "tyrkisk"
        case .urdu: "urdu"
        case .somali: "somali"
        case .polish: "polsk"
        }
    }
}
