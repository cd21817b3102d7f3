/// ISO 639-1 codes for the language names the catalogue writes in Danish (`sprog: [dansk, arabisk]`).
///
/// Only names with an unambiguous two-letter code are listed; any other name is exported as
/// text without a code rather than with a guessed one. Redaktionen offers these names as the
/// choices for `sprog`, the languages of Ishøj's larger groups first.
public enum LanguageCode {
    static let byName: [String: String] = [
        "dansk": "da", "engelsk": "en", "tysk": "de", "fransk": "fr", "spansk": "es", "svensk": "sv",
        "norsk": "no", "arabisk": "ar", "tyrkisk": "tr", "urdu": "ur", "somali": "so", "somalisk": "so",
        "persisk": "fa", "farsi": "fa", "polsk": "pl", "rumænsk": "ro", "litauisk": "lt", "ukrainsk": "uk",
        "russisk": "ru", "tigrinya": "ti", "kurdisk": "ku", "bosnisk": "bs", "serbisk": "sr", "kroatisk": "hr",
        "vietnamesisk": "vi", "thai": "th", "tamil": "ta", "punjabi": "pa", "hindi": "hi", "pashto": "ps",
        "grønlandsk": "kl", "færøsk": "fo",
    ]

    /// The code for a Danish language name, or nil when the table does not know it.
    public static func code(for name: String) -> String? { byName[name.lowercased()] }

    /// The Danish name for a code, or nil.
    public static func name(for code: String) -> String? {
        byName.filter { $0.value == code.lowercased() }.map(\.key).sorted().first
    }

    /// The names to choose from, one per code (the first spelling listed), the most used first.
    public static let choices: [String] = [
        "dansk", "engelsk", "arabisk", "tyrkisk", "urdu", "somali", "persisk", "polsk", "rumænsk", "litauisk",
        "ukrainsk", "russisk", "tigrinya", "kurdisk", "bosnisk", "serbisk", "kroatisk", "vietnamesisk", "thai",
        "tamil", "punjabi", "hindi", "pashto", "tysk", "fransk", "spansk", "svensk", "norsk", "grønlandsk", "færøsk",
    ]
}
