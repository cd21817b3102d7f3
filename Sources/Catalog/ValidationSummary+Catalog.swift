import OfferModel

extension ValidationSummary {
    /// Counts the catalogue's offers and findings per centre.
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
        self.init(offers: catalog.entries.count, errors: catalog.errors.count, warnings: catalog.warnings.count,
                  rows: rows.values.sorted { $0.centre < $1.centre })
    }
}
