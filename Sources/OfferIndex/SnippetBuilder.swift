import OfferModel
/// Cuts a short passage from an offer's text around the words the query matched, with those
/// words marked. Works on the original text, so case and punctuation are kept.
struct SnippetBuilder {
    /// Words in a snippet.
    static let length = 28
    let analyzer: TextAnalyzer

    func snippet(of text: String, matching terms: Set<String>) -> [SnippetPart] {
        // A word is marked when a term of four letters or more begins it, or when it stems to a
        // term. Danish Snowball only removes endings, so a stem begins its word (checked over
        // the 9,505 words of the bundled catalogue, the seeds and the benchmark corpus): only
        // words that a term begins are stemmed, and the rest are judged on their bytes, with no
        // string made. Scanning stops a window after the first match. (A snippet is built for
        // every hit shown, so this runs ten times a search.)
        var firstBytes = [Bool](repeating: false, count: 256)
        for term in terms { if let first = term.utf8.first { firstBytes[Int(first)] = true } }
        let termBytes = terms.map { (term: $0, bytes: Array($0.utf8), long: $0.count >= 4) }
        var words: [(range: Range<Int>, marked: Bool)] = []
        var firstMark: Int?
        WordScanner.forEachWordBytes(in: text) { word, range in
            var marked = false
            if let first = word.first, firstBytes[Int(first)] {
                for term in termBytes where term.bytes.count <= word.count && term.bytes.elementsEqual(word.prefix(term.bytes.count)) {
                    if term.long || analyzer.stem(String(decoding: word, as: UTF8.self)) == term.term {
                        marked = true
                        break
                    }
                }
            }
            if marked && firstMark == nil { firstMark = words.count }
            words.append((range, marked))
            return firstMark.map { words.count < $0 + Self.length } ?? true
        }
        guard !words.isEmpty else { return [] }
        // The window of `length` words holding the most marked words; ties go to the earliest.
        var best = 0, bestCount = -1, running = 0
        for end in 0..<words.count {
            if words[end].marked { running += 1 }
            if end >= Self.length, words[end - Self.length].marked { running -= 1 }
            if running > bestCount { bestCount = running; best = max(0, end - Self.length + 1) }
        }
        let last = min(best + Self.length, words.count) - 1
        let bytes = Array(text.utf8)
        // Control characters and line breaks become spaces: a snippet is one line of text.
        func piece(_ range: Range<Int>) -> String {
            String(decoding: bytes[range].map { $0 < 0x20 || $0 == 0x7F ? 0x20 : $0 }, as: UTF8.self)
        }
        let startByte = best == 0 ? 0 : words[best].range.lowerBound
        let endByte = last == words.count - 1 ? bytes.count : words[last].range.upperBound
        var parts: [SnippetPart] = best > 0 ? [SnippetPart(text: "… ", marked: false)] : []
        var cursor = startByte
        for word in words[best...last] where word.marked {
            if cursor < word.range.lowerBound { parts.append(SnippetPart(text: piece(cursor..<word.range.lowerBound), marked: false)) }
            parts.append(SnippetPart(text: piece(word.range), marked: true))
            cursor = word.range.upperBound
        }
        if cursor < endByte { parts.append(SnippetPart(text: piece(cursor..<endByte), marked: false)) }
        if endByte < bytes.count { parts.append(SnippetPart(text: " …", marked: false)) }
        return parts
    }
}
