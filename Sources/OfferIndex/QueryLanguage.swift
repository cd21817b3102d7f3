import OfferModel
extension QueryLanguage {
    /// The language of a query's lower-cased words (`WordScanner`). `knownToIndex` says whether
    /// the catalogue (which is Danish) has a word: such a word counts for Danish.
    static func detect(_ words: [String], knownToIndex: (String) -> Bool = { _ in false }) -> QueryLanguage {
        guard !words.isEmpty else { return .danish }
        var arabicScript = 0, urduSigns = 0
        for word in words {
            for scalar in word.unicodeScalars where (0x0600...0x06FF).contains(scalar.value) || (0x0750...0x077F).contains(scalar.value) {
                arabicScript += 1
                if urduLetters.contains(scalar.value) { urduSigns += 1 }
            }
        }
        if arabicScript > 0 {
            let urduWords = words.filter(Self.urduWords.contains).count
            return urduSigns > 0 || urduWords > 0 ? .urdu : .arabic
        }
        var scores: [QueryLanguage: Int] = [:]
        for word in words {
            if word.contains(where: { "ığş".contains($0) }) { scores[.turkish, default: 0] += 2 }
            if word.contains(where: { "ąęłńśźżć".contains($0) }) { scores[.polish, default: 0] += 2 }
            if word.contains(where: { "æøå".contains($0) }) { scores[.danish, default: 0] += 2 }
            for (language, list) in commonWords where list.contains(word) { scores[language, default: 0] += 1 }
            if !DanishStopwords.contains(word), Int(word) == nil, knownToIndex(word) { scores[.danish, default: 0] += 1 }
        }
        let danish = scores[.danish] ?? 0
        let best = scores.filter { $0.key != .danish }.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }
        guard let best, best.value > danish else { return .danish }
        return best.key
    }

    /// Letters Urdu writes and Arabic does not (ٹ ڈ ڑ ں ھ ہ ۃ ی ے ک گ): Urdu's own
    /// retroflex letters, and the Persian forms of k, h and y that Urdu uses.
    static let urduLetters: Set<UInt32> = [0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE, 0x06C1, 0x06C3, 0x06CC, 0x06D2, 0x06A9, 0x06AF]
    static let urduWords: Set<String> = ["ہے", "ہیں", "کی", "کا", "کے", "میں", "ہوں", "نہیں", "کو", "سے", "اور"]

    /// Frequent words of each language that are not Danish words (so "i", "over", "to", "da",
    /// "de", "is", "at", "for", "her", "var" and "ben" are in none of them).
    static let commonWords: [QueryLanguage: Set<String>] = [
        .danish: ["og", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "med", "han", "af", "for", "ikke", "der",
                  "var", "mig", "sig", "men", "et", "har", "om", "vi", "min", "mit", "mine", "hun", "nu", "fra", "du", "ud",
                  "sin", "hans", "hendes", "hvor", "eller", "hvad", "skal", "vil", "kan", "blev", "når", "være", "efter",
                  "også", "meget", "hos", "mange", "mor", "far", "søn", "datter", "mand", "kone", "barn", "børn", "ældre",
                  "hjælp", "gerne", "ingen", "kun", "taler", "dansk", "alene", "ensom", "syg", "gammel", "år", "årig"],
        .english: ["the", "and", "is", "are", "am", "was", "my", "your", "his", "she", "he", "they", "with", "without",
                   "of", "in", "on", "from", "after", "about", "has", "had", "want", "need", "needs",
                   "help", "can", "cannot", "not", "only", "very", "too", "much", "many", "what", "how", "who", "where",
                   "old", "years", "year", "mother", "father", "mum", "mom", "dad", "son", "daughter", "wife", "husband",
                   "child", "children", "family", "home", "lonely", "alone", "speaks", "speak", "english", "arabic",
                   "smoking", "drinking", "young", "people", "elderly", "group", "new", "a", "an",
                   "this", "that", "it", "be", "do", "does", "got", "get", "into", "problems", "sick", "ill",
                   "doctor", "work", "school", "weight", "overweight", "forgetting", "forgets", "died", "dead"],
        .turkish: ["ve", "bir", "bu", "çok", "için", "ile", "benim", "sen", "annem", "babam", "eşim", "evde", "ev",
                   "yok", "değil", "mı", "mi", "sadece", "yaşında", "istiyorum", "yardım", "yalnız", "çocuğum",
                   "çocuk", "sorunu", "sorun", "hasta", "doktor", "için", "yaşlı", "yaşlılar", "kadın", "adam", "oğlum",
                   "kızım", "ne", "nasıl", "ama", "gibi", "daha", "şey", "ya", "kilolu", "sigara", "diş"],
        .somali: ["waa", "iyo", "ku", "ka", "oo", "aan", "waxaan", "waxay", "wuxuu", "hooyo", "hooyaday", "aabe", "aabahay",
                  "caawimaad", "caawin", "gurigeyga", "guriga", "kaligay", "kaligeed", "keligiis", "ma", "ee", "uu", "ay",
                  "soomaali", "caafimaad", "dhakhtar", "sigaar", "jooji", "rabaa", "jirto", "jiro", "sanno", "sano",
                  "wiil", "gabar", "ilmaha", "carruurta", "xaaskayga", "ninkayga", "dhintay", "qof", "dadka"],
        .polish: ["w", "z", "na", "się", "nie", "jest", "do", "że", "mama", "moja", "mój", "mamy", "tata", "ojciec",
                  "matka", "pomoc", "pomocy", "potrzebuję", "lat", "ma", "jak", "po", "dla", "bardzo", "samotna", "samotny",
                  "tylko", "mówi", "po", "polsku", "chcę", "rzucić", "palenie", "dziecko", "syn", "córka", "żona", "mąż",
                  "zmarła", "zmarł", "choroba", "lekarz", "pracy", "domu", "jestem", "mam"],
    ]
}
