/// Splits text into lower-case words and stems them, the same way for indexing and searching.
///
/// A word is a run of letters and digits; everything else separates words. Stems are
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

    /// The lower-cased words of text, in order.
    func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                current.append(scalar)
            } else if !current.isEmpty {
                append(current, to: &result)
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { append(current, to: &result) }
        return result
    }

    private func append(_ scalars: String.UnicodeScalarView, to words: inout [String]) {
        let word = String(scalars)
        if word.utf8.count <= Self.maxWordBytes { words.append(word) }
    }

    func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        let stem = stemmer.stem(word)
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = stem
        return stem
    }
}
