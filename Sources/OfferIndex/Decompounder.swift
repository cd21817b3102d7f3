/// Splits Danish compound words into parts that are themselves words of the catalogue.
///
/// The Snowball stemmer does not split compounds, so `rygestop` would never find
/// `rygestopkurser`. At index time every long word that splits into known words also
/// gets its parts' stems as terms; at query time a word the index does not know is split
/// the same way. Parts may be joined by the Danish linking letters `s` and `e`
/// (`sundhed-s-pleje`). The longest first part wins, and stop words are never parts.
/// The last part may be a word the catalogue does not have on its own, if it has at least
/// `minimumTail` letters: Danish compounds put the general word last (`rygestop-kurser`,
/// `tandpleje-tilbud`), and that word is often the one missing.
struct Decompounder: Sendable {
    static let minimumPart = 3
    static let minimumWord = 6
    static let minimumTail = 4
    let vocabulary: Set<String>

    init(vocabulary: Set<String>) {
        self.vocabulary = vocabulary
    }

    /// The parts of word, or nil when it is not a compound of known words.
    func split(_ word: String) -> [String]? {
        let letters = Array(word)
        guard letters.count >= Self.minimumWord else { return nil }
        for unknownTail in [false, true] {
            var memo: [Int: [String]?] = [:]
            if let parts = split(letters, from: 0, unknownTail: unknownTail, memo: &memo), parts.count > 1 { return parts }
        }
        return nil
    }

    private func split(_ letters: [Character], from start: Int, unknownTail: Bool, memo: inout [Int: [String]?]) -> [String]? {
        if let known = memo[start] { return known }
        var best: [String]?
        let remaining = letters.count - start
        // The whole word is never its own first part: we are looking for a split.
        var length = start == 0 ? remaining - 1 : remaining
        while length >= Self.minimumPart {
            let part = String(letters[start..<start + length])
            if isPart(part) {
                let next = start + length
                if next == letters.count {
                    best = [part]
                    break
                }
                for linker in ["", "s", "e"] {
                    let after = next + linker.count
                    guard after < letters.count, linker.isEmpty || String(letters[next]) == linker else { continue }
                    if let rest = split(letters, from: after, unknownTail: unknownTail, memo: &memo) {
                        if best == nil || rest.count + 1 < best!.count { best = [part] + rest }
                        break
                    }
                }
                if best != nil { break }
            }
            length -= 1
        }
        if best == nil, unknownTail, start > 0, remaining >= Self.minimumTail {
            best = [String(letters[start...])]
        }
        memo[start] = best
        return best
    }

    private func isPart(_ part: String) -> Bool {
        vocabulary.contains(part) && !DanishStopwords.contains(part)
    }
}

/// Snowball's Danish stop word list: words too common to mean anything in a search.
enum DanishStopwords {
    static let words: Set<String> = [
        "ad", "af", "alle", "alt", "anden", "at", "blev", "blive", "bliver", "da", "de", "dem", "den", "denne",
        "der", "deres", "det", "dette", "dig", "din", "dog", "du", "efter", "eller", "en", "end", "er", "et",
        "for", "fra", "ham", "han", "hans", "har", "havde", "have", "hende", "hendes", "her", "hos", "hun",
        "hvad", "hvis", "hvor", "i", "ikke", "ind", "jeg", "jer", "jo", "kunne", "man", "mange", "med", "meget",
        "men", "mig", "min", "mine", "mit", "mod", "ned", "noget", "nogle", "nu", "når", "og", "også", "om",
        "op", "os", "over", "på", "selv", "sig", "sin", "sine", "sit", "skal", "skulle", "som", "sådan", "thi",
        "til", "ud", "under", "var", "vi", "vil", "ville", "vor", "være", "været",
    ]

    static func contains(_ word: String) -> Bool { words.contains(word) }
}
