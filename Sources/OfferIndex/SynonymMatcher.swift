import OfferModel

/// Finds the synonym table's words and phrases in a query, matching on stems so that
/// `sukkersygen` finds the entry `sukkersyge`.
struct SynonymMatcher {
    /// Stems of a key phrase -> the stems of each phrase it stands for.
    private var entries: [[String]: [[String]]] = [:]
    private(set) var longestKey = 0

    init(table: SynonymTable, analyzer: TextAnalyzer) {
        for (key, targets) in table.entries {
            let keyStems = analyzer.words(key).map(analyzer.stem)
            guard !keyStems.isEmpty else { continue }
            let targetStems = targets.map { target in
                analyzer.words(target).filter { !DanishStopwords.contains($0) }.map(analyzer.stem)
            }.filter { !$0.isEmpty }
            entries[keyStems, default: []] += targetStems
            longestKey = max(longestKey, keyStems.count)
        }
    }

    /// The longest key starting at stems[start]: its length and what it stands for.
    func match(_ stems: [String], at start: Int) -> (length: Int, targets: [[String]])? {
        var length = min(longestKey, stems.count - start)
        while length >= 1 {
            if let targets = entries[Array(stems[start..<start + length])] { return (length, targets) }
            length -= 1
        }
        return nil
    }
}

/// Reads an age written in the text: "82-årig", "82 år", "82 aar gammel".
enum AgeInText {
    private static let units = ["årig", "årige", "år", "aarig", "aarige", "aar"]

    /// The age (0...120) and the words with the age and its unit removed, or nil.
    static func find(in words: [String]) -> (age: Int, remaining: [String])? {
        for (index, word) in words.enumerated() {
            guard let number = Int(word), (0...120).contains(number), index + 1 < words.count,
                  units.contains(words[index + 1]) else { continue }
            var remaining = words
            remaining.removeSubrange(index...index + 1)
            if index < remaining.count, remaining[index] == "gammel" || remaining[index] == "gamle" {
                remaining.remove(at: index)
            }
            return (number, remaining)
        }
        return nil
    }
}
