/// Splits text into lower-case words and stems them, the same way for indexing and searching.
///
/// A word is a run of letters and digits (`WordScanner`); everything else separates words. Stems are
/// cached, since the same few thousand words recur in every offer.
/// Not thread-safe: each indexer or searcher owns one.
final class TextAnalyzer {
    /// Longer words are dropped, as Xapian's TermGenerator does.
    static let maxWordBytes = 64
    private let stemmer: XapianStemmer
    private var cache: [String: String] = [:]

    init() throws(IndexError) {
        stemmer = try XapianStemmer(language: IndexSchema.language)
    }

    /// The lower-cased words of text, in order (see `WordScanner`); over-long words are dropped.
    func words(_ text: String) -> [String] {
        var result: [String] = []
        WordScanner.forEachWord(in: text) { word, _ in
            if word.utf8.count <= Self.maxWordBytes { result.append(word) }
            return true
        }
        return result
    }

    /// How many words `words(text)` would return, without making them (thread-safe).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        WordScanner.forEachWordBytes(in: text) { word, _ in
            if word.count <= maxWordBytes { count += 1 }
            return true
        }
        return count
    }

    func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        let stem = stemmer.stem(word)
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = stem
        return stem
    }
}
