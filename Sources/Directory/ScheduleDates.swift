import OfferModel

/// The calendar dates an offer's `tid` names, so a screen can show the next ones and never an
/// old one. `tid` is free text; dates are read where they are written in one of the forms staff
/// use: `2027-03-04`, `4/3-2027`, `4.3.2027` and `4. marts 2027`. A day and month without a
/// year (`4. marts`) is taken to be in `assumedYear`, the year of the day the text is read.
/// Anything else (`hver tirsdag`, `2 gange om året`) names no date.
public struct ScheduleDates: Sendable, Hashable {
    /// Every date found, in the order written.
    public private(set) var all: [CalendarDate] = []

    static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                         "oktober", "november", "december"]

    public init(_ text: String, assumedYear: Int = CalendarDate.today().year) {
        let words = Self.tokens(text.lowercased())
        var index = 0
        while index < words.count {
            let word = words[index]
            if let date = Self.numeric(word) {
                all.append(date)
            } else if word.hasSuffix("."), let day = Int(word.dropLast()), index + 1 < words.count,
                      let month = Self.months.firstIndex(of: Self.bare(words[index + 1])) {
                var year = assumedYear
                if index + 2 < words.count, Self.bare(words[index + 2]).count == 4, let written = Int(Self.bare(words[index + 2])) {
                    year = written
                    index += 1
                }
                if let date = CalendarDate(year: year, month: month + 1, day: day) { all.append(date) }
                index += 1
            }
            index += 1
        }
    }

    /// The dates on or after today, earliest first, each once.
    public func upcoming(from today: CalendarDate) -> [CalendarDate] {
        Array(Set(all.filter { $0 >= today })).sorted()
    }

    /// A word without the full stop that ends a sentence.
    private static func bare(_ word: String) -> String {
        word.hasSuffix(".") ? String(word.dropLast()) : word
    }

    /// `2027-03-04`, `4/3-2027` or `4.3.2027`.
    private static func numeric(_ word: String) -> CalendarDate? {
        if let iso = CalendarDate(word) { return iso }
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
              let year = Int(parts[2]), word.contains("/") || word.filter({ $0 == "." }).count == 2 else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The text's words, split at spaces and list punctuation; a word's own full stop is kept
    /// (`4.` is a day), a sentence's last one too, which no date form ends with.
    private static func tokens(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" || $0 == "(" || $0 == ")" || $0 == "\n" })
            .map { word in
                var word = String(word)
                // "4.3.2027." ends a sentence: the last full stop is not part of the date.
                if word.count > 2, word.hasSuffix("."), word.dropLast().contains(where: { $0 == "." || $0 == "-" || $0 == "/" }) {
                    word.removeLast()
                }
                return word
            }
    }
}
