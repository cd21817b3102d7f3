import OfferModel

/// The search a page or API URL asks for: `q`, `alder`, `behov`, `center`, `adgang`, `limit`.
///
/// Values that cannot be used are left out and explained in `problems` (Danish): the page shows
/// them beside the results, the API answers 400 with them.
struct SearchParameters: Sendable, Equatable {
    /// At most this many values of one filter are used.
    static let maxFilterValues = 30
    static let maxAge = 130

    var text = ""
    var age: Int?
    var needs: [String] = []
    var centres: [String] = []
    var access: [Access] = []
    var limit: Int?
    var problems: [String] = []

    /// Nothing asked: no text and no filter.
    var isEmpty: Bool { text.isEmpty && age == nil && needs.isEmpty && centres.isEmpty && access.isEmpty }

    init(text: String = "", age: Int? = nil, needs: [String] = [], centres: [String] = [], access: [Access] = []) {
        self.text = text
        self.age = age
        self.needs = needs
        self.centres = centres
        self.access = access
    }

    init(_ query: QueryString) {
        // Longer texts are cut, not refused; the search says so ("forkortet").
        text = String((query.first("q") ?? "").prefix(SearchRequest.maxTextLength))
        if let raw = query.first("alder") {
            if let value = Int(raw), (0...Self.maxAge).contains(value) {
                age = value
            } else {
                problems.append("Alderen \u{201C}\(raw.prefix(20))\u{201D} er ikke et helt tal mellem 0 og \(Self.maxAge), så den er ikke brugt.")
            }
        }
        needs = ids(query.all("behov"), "behov")
        centres = ids(query.all("center"), "center")
        for raw in query.all("adgang").prefix(Self.maxFilterValues) {
            if let value = Self.access(raw) {
                if !access.contains(value) { access.append(value) }
            } else {
                problems.append("Adgangen \u{201C}\(raw.prefix(40))\u{201D} findes ikke. Brug egen-henvendelse, henvisning-fra-laege eller visitation.")
            }
        }
        if let raw = query.first("limit") {
            if let value = Int(raw), (0...SearchRequest.maxLimit).contains(value) {
                limit = value
            } else {
                problems.append("limit skal være et helt tal mellem 0 og \(SearchRequest.maxLimit).")
            }
        }
    }

    /// How many filters are chosen (needs, centres, access), for the folded filters' button.
    var filterCount: Int { needs.count + centres.count + access.count }

    /// The request for the use case; `limit` from the URL wins over `defaultLimit`.
    func request(defaultLimit: Int) -> SearchRequest {
        SearchRequest(text: text, age: age, needs: needs, centres: centres, access: access, limit: limit ?? defaultLimit)
    }

    /// The page URL of this search (for "Mente du", links and the browser's address).
    func pageURL(path: String = "/", text: String? = nil, limit: Int? = nil) -> String {
        var builder = QueryBuilder()
        builder.add("q", text ?? self.text)
        builder.add("alder", age.map(String.init))
        builder.add("behov", needs)
        builder.add("center", centres)
        builder.add("adgang", access.map(\.rawValue))
        builder.add("limit", limit.map(String.init))
        return builder.url(path)
    }

    /// Catalogue ids are lower-case a-z, 0-9 and `-`; anything else cannot match and is reported.
    private mutating func ids(_ values: [String], _ name: String) -> [String] {
        var result: [String] = []
        for value in values.prefix(Self.maxFilterValues) {
            if Self.isCatalogueID(value) {
                result.append(value)
            } else {
                problems.append("\(name) \u{201C}\(value.prefix(40))\u{201D} er ikke et id fra kataloget og er ikke brugt.")
            }
        }
        return result
    }

    static func isCatalogueID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 100 && text.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }

    /// The catalogue's values, plus the short words staff use ("henvisning", "egen henvendelse").
    static func access(_ text: String) -> Access? {
        switch text.lowercased() {
        case "egen-henvendelse", "egen henvendelse": return .selfReferral
        case "henvisning-fra-laege", "henvisning": return .doctorReferral
        case "visitation": return .assessment
        default: return nil
        }
    }
}
