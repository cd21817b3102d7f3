import OfferModel

/// Rules that look across files: known ids, duplicates, and the warnings each centre should act on.
struct CatalogRules {
    /// Entries not verified within this many months get a warning.
    static let verificationMonths = 6
    let today: CalendarDate

    func apply(to catalog: inout Catalog) {
        var findings: [Finding] = []
        let needIDs = Set(catalog.needs.map(\.id))
        let centreIDs = Set(catalog.centres.map(\.id))
        var firstSeen: [String: CatalogEntry] = [:]

        for entry in catalog.entries {
            let offer = entry.offer
            func add(_ severity: Finding.Severity, _ field: String, _ message: String) {
                findings.append(Finding(severity, file: entry.file, line: entry.line(of: field), message, centre: offer.centre))
            }
            if let earlier = firstSeen[offer.id] {
                add(.error, "id", "id '\(offer.id)' findes også i \(earlier.file):\(earlier.line)")
            } else {
                firstSeen[offer.id] = entry
            }
            if !needIDs.isEmpty {
                for need in offer.needs where !needIDs.contains(need) {
                    add(.error, "behov", "ukendt behov '\(need)'\(hint(need, needIDs)); behov skal stå i behov.yaml")
                }
            }
            if offer.centre.isEmpty {
                add(.warning, "center", "intet 'center': hvilket center ejer tilbuddet?")
            } else if !centreIDs.isEmpty, !centreIDs.contains(offer.centre) {
                add(.error, "center", "ukendt center '\(offer.centre)'\(hint(offer.centre, centreIDs)); centre skal stå i centre.yaml")
            }
            guard offer.status != .ended else { continue }
            if offer.contact.isEmpty {
                add(.warning, "kontakt", "ingen kontaktoplysninger (telefon, e-mail eller web)")
            }
            if offer.access.isEmpty {
                add(.warning, "adgang", "ingen adgangsvej ('adgang': egen-henvendelse, henvisning-fra-laege eller visitation)")
            }
            if let date = offer.lastVerified {
                if date.isOlder(thanMonths: Self.verificationMonths, before: today) {
                    add(.warning, "sidst_verificeret", "sidst verificeret \(date), mere end \(Self.verificationMonths) måneder siden")
                }
            } else {
                add(.warning, "sidst_verificeret", "'sidst_verificeret' mangler: ingen har bekræftet oplysningerne")
            }
        }
        catalog.findings += findings
        catalog.findings.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    private func hint(_ word: String, _ known: Set<String>) -> String {
        FieldReader.nearest(word, in: known.sorted()).map { " (mente du '\($0)'?)" } ?? ""
    }
}
