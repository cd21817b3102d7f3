/// Counts of offers, errors and warnings, in total and per centre.
public struct ValidationSummary: Sendable, Hashable, CustomStringConvertible {
    public struct Row: Sendable, Hashable {
        public var centre: String
        public var offers = 0
        public var errors = 0
        public var warnings = 0

        package init(centre: String) { self.centre = centre }
    }

    public var offers: Int
    public var errors: Int
    public var warnings: Int
    /// One row per centre, sorted by centre id; offers without a centre count under "(intet center)",
    /// findings in the shared files under "(fælles filer)".
    public var rows: [Row]

    package init(offers: Int, errors: Int, warnings: Int, rows: [Row]) {
        self.offers = offers
        self.errors = errors
        self.warnings = warnings
        self.rows = rows
    }

    /// `45 tilbud, 0 fejl, 52 advarsler` followed by one line per centre.
    public var description: String {
        var lines = ["\(offers) tilbud, \(errors) fejl, \(warnings) \(warnings == 1 ? "advarsel" : "advarsler")"]
        for row in rows {
            lines.append("  \(row.centre): \(row.offers) tilbud, \(row.errors) fejl, \(row.warnings) \(row.warnings == 1 ? "advarsel" : "advarsler")")
        }
        return lines.joined(separator: "\n")
    }
}
