import OfferModel

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
    /// `IndexOptions.guardedStems` of the index this analyzer writes or searches.
    let guardsStems: Bool

    /// The analyzer for an index with `options` (`plain`: the stemmer's own stems).
    init(options: IndexOptions = .plain) throws(IndexError) {
        stemmer = try XapianStemmer(language: IndexSchema.language)
        guardsStems = options.guardedStems
    }

    /// Calls body with each word of text that is indexed, as lower-cased UTF-8 bytes valid only
    /// during the call (see `WordScanner`): over-long words are dropped. Thread-safe.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        WordScanner.forEachWordBytes(in: text) { word, _ in
            if word.count <= maxWordBytes { body(word) }
            return true
        }
    }

    /// The lower-cased words of text, in order (see `forEachWord`).
    func words(_ text: String) -> [String] {
        var result: [String] = []
        Self.forEachWord(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// How many words `words(text)` would return, without making them (thread-safe).
    static func wordCount(_ text: String) -> Int {
        var count = 0
        forEachWord(in: text) { _ in count += 1 }
        return count
    }

    func stem(_ word: String) -> String {
        if let known = cache[word] { return known }
        var stem = stemmer.stem(word)
        if guardsStems, stem != word, DanishStopwords.contains(stem), !DanishStopwords.contains(word) { stem = word }
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = stem
        return stem
    }
}
