/// Cuts a short passage from an offer's text around the words the query matched, with those
/// words marked. Works on the original text, so case and punctuation are kept.
struct SnippetBuilder {
    /// Words in a snippet.
    static let length = 28
    let analyzer: TextAnalyzer

    func snippet(of text: String, matching terms: Set<String>) -> [SnippetPart] {
        // A stem is (nearly always) a prefix of its word, so only words that share a first
        // letter with a term need stemming; and scanning stops a window after the first match.
        let firstBytes = Set(terms.compactMap(\.utf8.first))
        let longTerms = terms.filter { $0.count >= 4 }
        var words: [(range: Range<Int>, marked: Bool)] = []
        var firstMark: Int?
        WordScanner.forEachWord(in: text) { word, range in
            var marked = false
            if let first = word.utf8.first, firstBytes.contains(first) {
                marked = terms.contains(analyzer.stem(word)) || longTerms.contains { word.hasPrefix($0) }
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
