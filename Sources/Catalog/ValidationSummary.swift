/// Counts of offers, errors and warnings, in total and per centre.
public struct ValidationSummary: Sendable, Hashable, CustomStringConvertible {
    public struct Row: Sendable, Hashable {
        public var centre: String
        public var offers = 0
        public var errors = 0
        public var warnings = 0
    }

    public var offers: Int
    public var errors: Int
    public var warnings: Int
    /// One row per centre, sorted by centre id; offers without a centre count under "(intet center)",
    /// findings in the shared files under "(fælles filer)".
    public var rows: [Row]

    init(catalog: Catalog) {
        let shared = "(fælles filer)"
        var rows: [String: Row] = [:]
        for entry in catalog.entries {
            let key = entry.offer.centre.isEmpty ? "(intet center)" : entry.offer.centre
            rows[key, default: Row(centre: key)].offers += 1
        }
        for finding in catalog.findings {
            let key = finding.centre.map { $0.isEmpty ? "(intet center)" : $0 } ?? shared
            if finding.severity == .error {
                rows[key, default: Row(centre: key)].errors += 1
            } else {
                rows[key, default: Row(centre: key)].warnings += 1
            }
        }
        offers = catalog.entries.count
        errors = catalog.errors.count
        warnings = catalog.warnings.count
        self.rows = rows.values.sorted { $0.centre < $1.centre }
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
