/// Cuts a short passage from an offer's text around the words the query matched, with those
/// words marked. Works on the original text, so case and punctuation are kept.
struct SnippetBuilder {
    /// Words in a snippet.
    static let length = 28
    let analyzer: TextAnalyzer

    func snippet(of text: String, matching terms: Set<String>) -> [SnippetPart] {
        let tokens = Self.tokens(text)
        let wordIndices = tokens.indices.filter { tokens[$0].isWord }
        guard !wordIndices.isEmpty else { return [] }
        let marks = wordIndices.map { index -> Bool in
            let lower = tokens[index].text.lowercased()
            let stem = analyzer.stem(lower)
            if terms.contains(stem) { return true }
            return terms.contains { $0.count >= 4 && lower.hasPrefix($0) }
        }
        // The window of `length` words holding the most marked words; ties go to the earliest.
        var best = 0, bestCount = -1, running = 0
        for end in 0..<marks.count {
            if marks[end] { running += 1 }
            if end >= Self.length, marks[end - Self.length] { running -= 1 }
            let start = max(0, end - Self.length + 1)
            if running > bestCount { bestCount = running; best = start }
        }
        let first = wordIndices[best]
        let lastWord = min(best + Self.length, wordIndices.count) - 1
        let last = lastWord == wordIndices.count - 1 ? tokens.count - 1 : wordIndices[lastWord]
        var parts: [SnippetPart] = best > 0 ? [SnippetPart(text: "… ", marked: false)] : []
        for index in first...last {
            let marked = tokens[index].isWord && marks[wordIndices.firstIndex(of: index)!]
            if !marked, let previous = parts.last, !previous.marked {
                parts[parts.count - 1].text += tokens[index].text
            } else {
                parts.append(SnippetPart(text: tokens[index].text, marked: marked))
            }
        }
        if last < tokens.count - 1 { parts.append(SnippetPart(text: " …", marked: false)) }
        return parts
    }

    /// Words and the runs between them, in order, so joining them gives back the text.
    static func tokens(_ text: String) -> [(text: String, isWord: Bool)] {
        var result: [(text: String, isWord: Bool)] = []
        var current = String.UnicodeScalarView()
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
            let normalized: Unicode.Scalar = scalar.properties.generalCategory == .control ? " " : scalar
            if isWordScalar != inWord, !current.isEmpty {
                result.append((String(current), inWord))
                current = String.UnicodeScalarView()
            }
            inWord = isWordScalar
            current.append(normalized)
        }
        if !current.isEmpty { result.append((String(current), inWord)) }
        return result
    }
}
