import Foundation

/// Everyday Danish words of the sentences staff type ("har brug for en til at gøre rent"): too
/// common in any situation to say which offer is meant. Like stop words they never make a
/// concept of their own (unless the query has nothing else), so they neither match an offer on
/// their own nor count as covered; the semantic side still reads the whole sentence.
enum EverydayWords {
    static let words: Set<String> = [
        "brug", "bruge", "bruger", "gøre", "gør", "gjort", "få", "får", "fået", "fik", "tage", "tager", "taget", "tog",
        "give", "giver", "givet", "komme", "kommer", "kom", "kommet", "gå", "går", "gik", "gået", "se", "ser", "set",
        "sige", "siger", "sagt", "vide", "ved", "vidste", "synes", "tro", "tror", "kan", "begynde", "begynder", "begyndt",
        "trænger", "prøve", "prøver", "lige", "helt", "hele", "gerne", "igen", "længere", "lidt", "godt", "bare", "altid",
        "aldrig", "ofte", "tit", "nylig", "nu", "forskellige", "forskellig", "ting", "tingene", "noget", "nogen", "alting",
        "hjælp", "hjælpe", "tilbud", "sted", "nogle", "rigtig", "rigtigt", "ret", "mere", "mest", "også", "ind", "ud",
    ]

    static func contains(_ word: String) -> Bool { words.contains(word) }
}

/// Whether a word is a plain word of another language staff help citizens in (English,
/// Arabic, Turkish, Urdu): such words are never "corrected" into a Danish word ("help" is not a
/// misspelt "hele"); the multilingual model answers them instead.
enum ForeignWords {
    /// Letters Danish never uses: Turkish ı, ğ, ş, ç.
    static let turkishLetters: Set<Character> = ["ı", "ğ", "ş", "ç"]
    /// English word lists from Debian (wbritish, wamerican), read once when first needed.
    static let englishLists = ["/usr/share/dict/british-english", "/usr/share/dict/american-english"]
    private static let english: Set<String> = {
        var words = Set<String>()
        for path in englishLists {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") where !line.contains("'") { words.insert(line.lowercased()) }
        }
        return words
    }()

    static func isPlainForeign(_ word: String) -> Bool {
        if word.unicodeScalars.contains(where: { $0.value > 0x024F && $0.properties.isAlphabetic }) { return true }
        if word.contains(where: turkishLetters.contains) { return true }
        return english.contains(word)
    }
}
