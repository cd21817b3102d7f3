/// Cuts a short passage from an offer's text around the words the query matched, with those
/// words marked. Works on the original text, so case and punctuation are kept.
///
/// A text's words, lower-cased and stemmed, are kept between searches (the same offers come
/// back again and again), so a search only compares them with its terms.
/// Not thread-safe: like its `TextAnalyzer`, it is used under its searcher slot's lock.
final class SnippetBuilder {
    /// Words in a snippet.
    static let length = 28
    static let preparedLimit = 4096
    let analyzer: TextAnalyzer
    private var prepared: [String: PreparedText] = [:]

    /// A text split into tokens, with each word lower-cased and stemmed.
    private struct PreparedText {
        var tokens: [(text: String, isWord: Bool)]
        var wordIndices: [Int]
        var lowerWords: [String]
        var stems: [String]
    }

    init(analyzer: TextAnalyzer) {
        self.analyzer = analyzer
    }

    private func prepare(_ text: String) -> PreparedText {
        if let known = prepared[text] { return known }
        let tokens = Self.tokens(text)
        let wordIndices = tokens.indices.filter { tokens[$0].isWord }
        let lowerWords = wordIndices.map { tokens[$0].text.lowercased() }
        let result = PreparedText(tokens: tokens, wordIndices: wordIndices, lowerWords: lowerWords,
                                  stems: lowerWords.map(analyzer.stem))
        if prepared.count >= Self.preparedLimit { prepared.removeAll(keepingCapacity: true) }
        prepared[text] = result
        return result
    }

    func snippet(of text: String, matching terms: Set<String>) -> [SnippetPart] {
        let prepared = prepare(text)
        let tokens = prepared.tokens, wordIndices = prepared.wordIndices
        guard !wordIndices.isEmpty else { return [] }
        let prefixes = terms.filter { $0.count >= 4 }
        let marks = wordIndices.indices.map { number -> Bool in
            if terms.contains(prepared.stems[number]) { return true }
            let lower = prepared.lowerWords[number]
            return prefixes.contains { lower.hasPrefix($0) }
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
        var wordNumber = best
        for index in first...last {
            var marked = false
            if tokens[index].isWord {
                marked = marks[wordNumber]
                wordNumber += 1
            }
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
            let (isWordScalar, isControl) = classify(scalar)
            let normalized: Unicode.Scalar = isControl ? " " : scalar
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

    /// Whether a scalar belongs to a word (a letter or a decimal digit) and whether it is a
    /// control character. ASCII and Latin-1 (all of Danish) are answered without a lookup in
    /// Unicode's property tables, which dominated the time of a search.
    @inline(__always)
    static func classify(_ scalar: Unicode.Scalar) -> (isWord: Bool, isControl: Bool) {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (true, false)
        case 0x00...0x1F, 0x7F...0x9F: return (false, true)
        case 0x20...0x7E, 0xA0...0xA9, 0xAB...0xB4, 0xB6...0xB9, 0xBB...0xBF, 0xD7, 0xF7: return (false, false)
        case 0xAA, 0xB5, 0xBA, 0xC0...0xFF: return (true, false)
        default:
            let properties = scalar.properties
            return (properties.isAlphabetic || properties.numericType == .decimal, properties.generalCategory == .control)
        }
    }
}
