/// What changed between two sundhed.dk exports, offer by offer and field by field (`aendringer.md`).
///
/// Offers are matched by id; fields are compared as the CSV shows them, so the report lists
/// exactly what someone must retype on sundhed.dk.
public struct ChangeReport: Sendable {
    public struct FieldChange: Sendable, Hashable {
        /// The field's Danish heading, as in the CSV.
        public var heading: String
        public var old: String
        public var new: String

        public init(heading: String, old: String, new: String) {
            self.heading = heading
            self.old = old
            self.new = new
        }
    }

    public struct ChangedOffer: Sendable, Hashable {
        public var id: String
        public var name: String
        public var fields: [FieldChange]

        public init(id: String, name: String, fields: [FieldChange]) {
            self.id = id
            self.name = name
            self.fields = fields
        }
    }

    public var added: [SundhedDKRow]
    public var changed: [ChangedOffer]
    public var removed: [SundhedDKRow]
    /// The date of the previous export, or nil when there was none.
    public var previousDate: String?
    public var currentDate: String
    public var municipality: String

    public init(previous: SundhedDKDocument?, current: SundhedDKDocument) {
        let before = Dictionary((previous?.offers ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Set(current.offers.map(\.id))
        added = current.offers.filter { before[$0.id] == nil }
        removed = (previous?.offers ?? []).filter { !now.contains($0.id) }
        changed = current.offers.compactMap { row in
            guard let old = before[row.id] else { return nil }
            let fields = SundhedDKRow.columns.compactMap { column -> FieldChange? in
                let (before, after) = (column.value(old), column.value(row))
                return before == after ? nil : FieldChange(heading: column.heading, old: before, new: after)
            }
            return fields.isEmpty ? nil : ChangedOffer(id: row.id, name: row.name, fields: fields)
        }
        previousDate = previous?.exported
        currentDate = current.exported
        municipality = current.municipality
    }

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }

    /// The counts in Danish, e.g. "0 nye, 1 ændret, 2 udgåede".
    public var counts: String {
        "\(added.count) \(added.count == 1 ? "nyt" : "nye"), \(changed.count) \(changed.count == 1 ? "ændret" : "ændrede"), "
            + "\(removed.count) \(removed.count == 1 ? "udgået" : "udgåede")"
    }

    /// The report as Danish Markdown.
    public var markdown: String {
        var out = "# Ændringer til sundhed.dk\n\n"
        guard let previousDate else {
            out += "\(municipality): eksport \(currentDate). Der er ikke angivet en tidligere eksport (`--since`), "
            out += "så alle \(added.count) tilbud står som nye.\n\n"
            out += section("Nye tilbud", added.map(newLine))
            return out
        }
        out += "\(municipality): eksport \(currentDate) sammenlignet med eksporten \(previousDate).\n\n"
        out += "I alt: \(counts). "
        out += isEmpty ? "Intet skal rettes på sundhed.dk.\n\n" : "Ret kun disse tilbud på sundhed.dk.\n\n"
        out += section("Nye tilbud", added.map(newLine))
        out += "## Ændrede tilbud (\(changed.count))\n\n"
        if changed.isEmpty { out += "Ingen.\n\n" }
        for offer in changed {
            out += "### \(offer.name) (`\(offer.id)`)\n\n"
            for field in offer.fields {
                out += "**\(field.heading)**\n\nFør:\n\n\(quote(field.old))\n\nNu:\n\n\(quote(field.new))\n\n"
            }
        }
        out += section("Udgåede tilbud", removed.map { "- \($0.name) (`\($0.id)`): ophørt eller fjernet i kataloget; tag det af sundhed.dk." })
        return out
    }

    private func newLine(_ row: SundhedDKRow) -> String {
        "- \(row.name) (`\(row.id)`): opret det med felterne fra `\(SundhedDKExport.pagesFolder)/\(row.id).html`."
    }

    private func section(_ title: String, _ lines: [String]) -> String {
        "## \(title) (\(lines.count))\n\n" + (lines.isEmpty ? "Ingen." : lines.joined(separator: "\n")) + "\n\n"
    }

    /// A value as a Markdown quote, one `>` per line; an empty value says so.
    private func quote(_ value: String) -> String {
        value.isEmpty ? "> _(tomt)_" : value.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + $0 }.joined(separator: "\n")
    }
}
