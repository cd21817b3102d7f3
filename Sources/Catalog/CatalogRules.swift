import OfferModel

/// Rules that look across files: known ids, duplicates, and the warnings each centre should act on.
struct CatalogRules {
    let today: CalendarDate

    func apply(to catalog: inout Catalog) {
        var findings: [Finding] = []
        let needIDs = Set(catalog.needs.map(\.id))
        let centreIDs = Set(catalog.centres.map(\.id))

        for index in catalog.entries.indices {
            let entry = catalog.entries[index]
            let offer = entry.offer
            var steady = 0
            func add(_ severity: Finding.Severity, _ field: String, _ message: String) {
                findings.append(Finding(severity, file: entry.file, line: entry.line(of: field), message, centre: offer.centre, field: field))
                if severity == .warning && field != "sidst_verificeret" { steady += 1 }
            }
            if !needIDs.isEmpty {
                for need in offer.needs where !needIDs.contains(need) {
                    add(.error, "behov", "ukendt behov '\(need)'\(hint(need, needIDs)); behov skal stå i behov.yaml")
                }
            }
            if offer.centre.isEmpty && offer.status != .ended {
                add(.error, "center", "'center' mangler: hvert tilbud, der kører, skal have et center, der ejer det og holder det ved lige"
                    + (centreIDs.isEmpty ? "" : " (\(centreIDs.sorted().joined(separator: ", ")))"))
            } else if !offer.centre.isEmpty, !centreIDs.isEmpty, !centreIDs.contains(offer.centre) {
                add(.error, "center", "ukendt center '\(offer.centre)'\(hint(offer.centre, centreIDs)); centre skal stå i centre.yaml")
            }
            for task in UpkeepTask.tasks(for: offer, today: today) { add(.warning, task.field, task.message) }
            catalog.entries[index].steadyWarnings += steady
        }
        // Known records had no findings of their own when they were kept; only the day may have moved.
        var knownWarnings = 0
        for record in catalog.known {
            knownWarnings += record.digest.warnings
            if !record.digest.ended, UpkeepTask.verification(record.digest.lastVerified, today: today) != nil { knownWarnings += 1 }
        }
        catalog.knownWarnings = knownWarnings
        findings += duplicates(in: catalog)
        findings += screenFindings(in: catalog)
        catalog.findings += findings
        catalog.findings.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    /// An error on every record whose id an earlier record (read or known) already has.
    private func duplicates(in catalog: Catalog) -> [Finding] {
        // Usually every id is unique; only then is the cheap check enough.
        var ids = Set<String>(minimumCapacity: catalog.offerCount)
        for entry in catalog.entries { ids.insert(entry.offer.id) }
        for record in catalog.known { ids.insert(record.digest.id) }
        guard ids.count < catalog.offerCount else { return [] }
        typealias Place = (position: Int, id: String, file: String, start: Int, line: Int, centre: String)
        var places: [Place] = catalog.entries.map { ($0.position, $0.offer.id, $0.file, $0.line, $0.line(of: "id"), $0.offer.centre) }
        if !catalog.known.isEmpty {
            places += catalog.known.map { ($0.position, $0.digest.id, $0.file, $0.line, $0.line, $0.digest.centre) }
            places.sort { $0.position < $1.position }
        }
        var firstSeen: [String: (file: String, line: Int)] = [:]
        var findings: [Finding] = []
        for place in places {
            if let earlier = firstSeen[place.id] {
                findings.append(Finding(.error, file: place.file, line: place.line,
                                        "id '\(place.id)' findes også i \(earlier.file):\(earlier.line)", centre: place.centre))
            } else {
                firstSeen[place.id] = (place.file, place.start)
            }
        }
        return findings
    }

    private func hint(_ word: String, _ known: Set<String>) -> String {
        FieldReader.nearest(word, in: known.sorted()).map { " (mente du '\($0)'?)" } ?? ""
    }
}
