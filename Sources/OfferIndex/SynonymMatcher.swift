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

/// Reads an age written in the text, in the ways staff and relatives write it: "82-årig",
/// "82 år", "82 årig", "en 82 årig", "82 aar gammel", "min mor på 82", and a decade, "i
/// 80'erne", "80erne" or "firserne" (80-89); in English "82 years old" and "aged 82", in
/// Turkish "82 yaşında".
enum AgeInText {
    private static let units: Set<String> = ["årig", "årige", "år", "aarig", "aarige", "aar", "yaşında", "yasinda"]
    /// Words after "på N" that say N is not an age ("på 5 sal", "på 2 timer").
    private static let notAges: Set<String> = [
        "sal", "etage", "timer", "time", "minutter", "min", "sekunder", "dage", "dag", "uger", "uge", "måneder", "måned",
        "kr", "kroner", "procent", "pct", "gange", "km", "kilometer", "meter", "m", "kg", "kilo", "point", "stk", "personer",
        "deltagere", "børn", "mennesker", "sider", "liter", "cigaretter", "øl", "genstande",
    ]
    private static let decades: [String: Int] = [
        "tyverne": 20, "trediverne": 30, "fyrrerne": 40, "halvtredserne": 50, "tresserne": 60, "halvfjerdserne": 70,
        "firserne": 80, "halvfemserne": 90,
    ]

    /// The ages (0...120; a decade is ten ages) and the words with the age and its unit removed, or nil.
    static func find(in words: [String]) -> (ages: ClosedRange<Int>, remaining: [String])? {
        func age(_ word: String) -> Int? { Int(word).flatMap { (0...120).contains($0) ? $0 : nil } }
        func decade(_ start: Int) -> ClosedRange<Int>? { start % 10 == 0 && (10...110).contains(start) ? start...start + 9 : nil }
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : nil
            var remaining = words
            if let number = age(word), let next, units.contains(next) {
                remaining.removeSubrange(index...index + 1)
                if index < remaining.count, ["gammel", "gamle"].contains(remaining[index]) { remaining.remove(at: index) }
                return (number...number, remaining)
            }
            if let number = age(word), next == "years" || next == "year", index + 2 < words.count, words[index + 2] == "old" {
                remaining.removeSubrange(index...index + 2)
                return (number...number, remaining)
            }
            if word == "aged", let next, let number = age(next) {
                remaining.removeSubrange(index...index + 1)
                return (number...number, remaining)
            }
            if word == "på", let next, let number = age(next) {
                let after = index + 2 < words.count ? words[index + 2] : nil
                guard after.map({ !notAges.contains($0) && !units.contains($0) }) ?? true else { continue }
                remaining.removeSubrange(index...index + 1)
                return (number...number, remaining)
            }
            // "i 80'erne" is read as "80" "erne"; "80erne" is one word.
            if let number = Int(word), next == "erne", let range = decade(number) {
                remaining.removeSubrange(index...index + 1)
                if index > 0, remaining[index - 1] == "i" { remaining.remove(at: index - 1) }
                return (range, remaining)
            }
            if word.hasSuffix("erne"), let number = Int(word.dropLast(4)) ?? decades[word], let range = decade(number) {
                remaining.remove(at: index)
                if index > 0, remaining[index - 1] == "i" { remaining.remove(at: index - 1) }
                return (range, remaining)
            }
        }
        return nil
    }
}
