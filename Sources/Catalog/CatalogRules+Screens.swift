import OfferModel

extension CatalogRules {
    /// The screens' offer and need ids against the catalogue: an id that names nothing is an
    /// error (with the nearest id as a hint); an ended offer is a warning, since the screen
    /// leaves it out anyway and its place on the list only misleads.
    func screenFindings(in catalog: Catalog) -> [Finding] {
        guard !catalog.screenReferences.isEmpty else { return [] }
        var ended: [String: Bool] = [:]
        for entry in catalog.entries { ended[entry.offer.id] = entry.offer.status == .ended }
        for record in catalog.known { ended[record.digest.id] = record.digest.ended }
        let needIDs = Set(catalog.needs.map(\.id))
        var findings: [Finding] = []
        for reference in catalog.screenReferences {
            switch reference.kind {
            case .offer:
                if let isEnded = ended[reference.id] {
                    if isEnded {
                        findings.append(Finding(.warning, file: reference.file, line: reference.line,
                                                "tilbuddet '\(reference.id)' er ophørt og vises ikke på skærmen '\(reference.screen)'; tag det af listen"))
                    }
                } else {
                    let hint = FieldReader.nearest(reference.id, in: ended.keys.sorted()).map { " (mente du '\($0)'?)" } ?? ""
                    findings.append(Finding(.error, file: reference.file, line: reference.line,
                                            "skærmen '\(reference.screen)' viser et ukendt tilbud '\(reference.id)'\(hint); tilbuddet skal findes i tilbud/"))
                }
            case .need:
                guard !needIDs.isEmpty, !needIDs.contains(reference.id) else { continue }
                let hint = FieldReader.nearest(reference.id, in: needIDs.sorted()).map { " (mente du '\($0)'?)" } ?? ""
                findings.append(Finding(.error, file: reference.file, line: reference.line,
                                        "ukendt behov '\(reference.id)'\(hint) i udvalget på skærmen '\(reference.screen)'; behov skal stå i behov.yaml"))
            }
        }
        return findings
    }
}
