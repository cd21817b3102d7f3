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
        // Whose situation it is ("min mor har demens"): who it concerns, not what is needed. A
        // phrase in the synonym table still matches ("ny mor": mødregruppe).
        "mor", "moren", "far", "faren", "søn", "sønnen", "datter", "datteren", "kone", "konen", "hustru",
    ]

    static func contains(_ word: String) -> Bool { words.contains(word) }
}

/// Whether a word is a plain word of another language staff help citizens in (English,
/// Arabic, Turkish, Urdu): such words are never "corrected" into a Danish word ("help" is not a
/// misspelt "hele"); the multilingual model answers them instead.
enum ForeignWords {
    /// Letters Danish never uses: Turkish ı, ğ, ş, ç.
    static let turkishLetters: Set<Character> = ["ı", "ğ", "ş", "ç"]
    /// English word lists from Debian (wbritish, wamerican), one word a line, read once when
    /// first needed, as a set of 64-bit hashes of the lines' bytes: a set of 100,000 strings took
    /// 110 ms to build, most of a `tilbud search` that corrects a word; the hashes take a few.
    static let englishLists = ["/usr/share/dict/british-english", "/usr/share/dict/american-english"]
    private static let english: Set<UInt64> = {
        var hashes = Set<UInt64>()
        for path in englishLists {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            data.withUnsafeBytes { bytes in
                var hash = fnvStart
                for byte in bytes {
                    if byte == UInt8(ascii: "\n") {
                        hashes.insert(hash)
                        hash = fnvStart
                    } else {
                        hash = (hash ^ UInt64(byte)) &* fnvPrime
                    }
                }
            }
        }
        return hashes
    }()
    private static let fnvStart: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x100_0000_01b3

    static func isEnglish(_ word: String) -> Bool {
        english.contains(word.utf8.reduce(fnvStart) { ($0 ^ UInt64($1)) &* fnvPrime })
    }

    static func isPlainForeign(_ word: String) -> Bool {
        if word.unicodeScalars.contains(where: { $0.value > 0x024F && $0.properties.isAlphabetic }) { return true }
        if word.contains(where: turkishLetters.contains) { return true }
        return isEnglish(word)
    }
}

