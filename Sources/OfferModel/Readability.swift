/// LIX, the Scandinavian readability index: words per sentence plus the share of long words in
/// per cent. Below about 35 a text is easy to read ("let"); above 45 it is hard ("svær").
///
/// The counting, exactly (Redaktionen's form counts the same way in `redaktion.js`):
/// - a *word* is a run of non-space characters that holds at least one letter or digit, with
///   punctuation at either end stripped ("65-79" and "Boblberg.dk" are one word each);
/// - a *long word* has more than six letters (digits and signs do not count);
/// - a *sentence* ends at ".", "!" or "?" followed by a space or the end of the text; text after the
///   last such mark counts as one more sentence, and a text with words has at least one.
public enum Readability {
    /// The LIX of `text`, or nil when it has no words.
    public static func lix(_ text: String) -> Double? {
        let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
        guard !words.isEmpty else { return nil }
        let long = words.filter { $0.filter(\.isLetter).count > 6 }.count
        return Double(words.count) / Double(sentences(text)) + 100 * Double(long) / Double(words.count)
    }

    /// The number of sentences, counted as `lix` documents.
    static func sentences(_ text: String) -> Int {
        let characters = Array(text)
        var count = 0
        var openWords = false
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber { openWords = true }
            let ends = index + 1 == characters.count || characters[index + 1].isWhitespace
            if "!?.".contains(character), ends, openWords {
                count += 1
                openWords = false
            }
        }
        return max(count + (openWords ? 1 : 0), 1)
    }

    /// The everyday Danish name of a LIX value's band: "let" (under 35), "middel" (35-44), "svær" (45 and up).
    public static func band(_ lix: Double) -> String {
        lix < 35 ? "let" : lix < 45 ? "middel" : "svær"
    }
}
