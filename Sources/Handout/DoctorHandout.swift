import OfferModel

/// The version for general practitioners (praktiserende læger): A4, one section per theme, each offer
/// as a compact block with who it is for, what it is, how to refer and whom to contact.
///
/// Rules:
/// - only public offers are printed (aktiv and pause); paused ones are marked "på pause";
/// - an offer with several needs appears once only: under the first of its own needs (in the order of
///   its `behov` field) that is one of the handout's themes; its other themes name it in a "Se også"
///   line; offers with none of the themes come last, under "Øvrige tilbud";
/// - themes come in the order of `HandoutContent.needs`; within a theme the given order is kept;
/// - an offer never splits over two pages; a theme starts a new page only when that reads better
///   (see `PageComposer.placeSection`).
public struct DoctorHandout: Sendable {
    public var content: HandoutContent

    public init(content: HandoutContent) {
        self.content = content
    }

    /// The title, e.g. "Sundhedstilbud i Ishøj Kommune — til praktiserende læger".
    public var title: String { "Sundhedstilbud i \(wording.municipality) — til praktiserende læger" }

    /// One theme as printed: its offers, and offers printed under another theme that also have this need.
    public struct Section: Sendable {
        public var theme: Need
        public var offers: [Offer]
        /// Offers with this need that are printed under an earlier need of theirs: (offer, where it is).
        public var seeAlso: [(offer: Offer, printedUnder: Need)]
    }

    /// The offers by theme, as they will be printed; themes with neither offers nor references are left out.
    public var sections: [Section] {
        let themeIDs = Set(content.needs.map(\.id))
        var home: [String: Need] = [:]
        var others: [Offer] = []
        for offer in content.printable {
            if let theme = offer.needs.first(where: themeIDs.contains) {
                home[offer.id] = content.needs.first { $0.id == theme }
            } else {
                others.append(offer)
            }
        }
        var result: [Section] = content.needs.map { need in
            var section = Section(theme: need, offers: [], seeAlso: [])
            for offer in content.printable where offer.needs.contains(need.id) {
                guard let printedUnder = home[offer.id] else { continue }
                if printedUnder.id == need.id {
                    section.offers.append(offer)
                } else {
                    section.seeAlso.append((offer, printedUnder))
                }
            }
            return section
        }.filter { !$0.offers.isEmpty || !$0.seeAlso.isEmpty }
        if !others.isEmpty { result.append(Section(theme: Need(id: "", name: "Øvrige tilbud"), offers: others, seeAlso: [])) }
        return result
    }

    /// Lays out and writes the PDF.
    public func render() throws(HandoutError) -> PrintedHandout {
        let sections = sections
        let offers = sections.flatMap(\.offers)
        guard !offers.isEmpty else { throw .noOffers }
        let document = try PDFDocument(title: title)
        var composer = PageComposer(margins: Margins(top: 44, bottom: 30, left: 48, right: 48), footerHeight: 30)
        let width = composer.contentWidth
        let typesetter = Typesetter(document: document)

        var masthead = Block()
        masthead.add(try typesetter.text([TextRun("Sundhedstilbud i \(wording.municipality)", bold: true)],
                                        size: 20, width: width), colour: .accent, spaceAfter: 2)
        masthead.add(try typesetter.text([TextRun("til praktiserende læger")], size: 13, width: width),
                    colour: .muted, spaceAfter: 4)
        let themeCount = sections.count
        masthead.add(try typesetter.text([TextRun("Udskrevet \(HandoutWording.date(content.printed)) · \(offers.count) tilbud under \(themeCount) \(themeCount == 1 ? "tema" : "temaer")")],
                                        size: 8.5, width: width), colour: .muted)
        composer.place(masthead)
        composer.place(try introBox(typesetter, width: width, offerCount: offers.count))

        for section in sections {
            var blocks = try section.offers.map { offer throws(HandoutError) in try block(for: offer, typesetter, width: width) }
            if let references = try seeAlso(section, typesetter, width: width) { blocks.append(references) }
            let title = try heading(for: section.theme, typesetter, width: width)
            composer.placeSection(heading: title, items: blocks)
        }

        let note = "Udskrevet \(HandoutWording.date(content.printed)) · \(HandoutWording.verification(offers))"
        try composer.render(on: document) { page, count throws(HandoutError) in
            try typesetter.footer(note: note, page: page, of: count, width: width)
        }
        return PrintedHandout(pdf: try document.finish(), pageCount: composer.pages.count, offerCount: offers.count)
    }

    private var wording: HandoutWording { HandoutWording(content: content) }

    /// A theme's name and description over a hairline.
    private func heading(for theme: Need, _ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block {
        var title = Block(spaceBefore: 16)
        title.add(try typesetter.text([TextRun(theme.name, bold: true)], size: 13, width: width), colour: .accent, spaceAfter: 2)
        if !theme.description.isEmpty {
            title.add(try typesetter.text([TextRun(theme.description)], size: 8.5, width: width), colour: .muted, spaceAfter: 3)
        }
        title.addRule(spaceAfter: 0)
        return title
    }

    /// "Se også: ..." naming the theme's offers that are printed under another theme, or nil if there are none.
    private func seeAlso(_ section: Section, _ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block? {
        guard !section.seeAlso.isEmpty else { return nil }
        var references = Block(spaceBefore: section.offers.isEmpty ? 6 : 8)
        let names = section.seeAlso.map { "\($0.offer.name) (under \($0.printedUnder.name))" }.joined(separator: "; ")
        let runs = [TextRun("Se også: ", bold: true, colour: .muted), TextRun(names + ".")]
        references.add(try typesetter.text(runs, style: TextStyle(size: 8.5, lineSpacing: 1.05, hangingIndent: 12), width: width))
        return references
    }

    /// The box at the top: how referral works, and where the current directory is.
    private func introBox(_ typesetter: Typesetter, width: Double, offerCount: Int) throws(HandoutError) -> Block {
        var box = Block(spaceBefore: 12, padding: 10, background: .tint, accentBar: .accent)
        let inner = width - 20
        box.add(try typesetter.text([TextRun("Sådan henviser du til kommunens tilbud", bold: true)], size: 10.5, width: inner),
                spaceAfter: 4)
        let lines: [[TextRun]] = [
            [TextRun("Ved hvert tilbud står under "), TextRun("Adgang", bold: true), TextRun(", hvordan borgeren kommer i gang:")],
            [TextRun("•\t"), TextRun("Henvisning fra læge", bold: true),
             TextRun(": tilbuddet kræver din henvisning. Står der noget under "), TextRun("Henvisning", bold: true),
             TextRun(", er det kommunens egne ord om, hvad der skal til.")],
            [TextRun("•\t"), TextRun("Egen henvendelse", bold: true), TextRun(": borgeren kan selv kontakte tilbuddet.")],
            [TextRun("•\t"), TextRun("Visitation", bold: true), TextRun(": kommunen vurderer, om borgeren kan få tilbuddet.")],
            [TextRun("Står der ingen adgang, oplyser kataloget den ikke; kontakt da tilbuddet eller kommunen via \(wording.web).")],
            [TextRun("Oversigten viser de \(offerCount) tilbud fra \(wording.municipality)s tilbudskatalog, der kører eller holder pause. Et tilbud under flere temaer står kun én gang: under sit første tema. Den aktuelle oversigt findes på "),
             TextRun(wording.web, bold: true), TextRun(".")],
        ]
        for (index, runs) in lines.enumerated() {
            let bullet = runs.first?.text == "•\t"
            let nextIsBullet = index + 1 < lines.count && lines[index + 1].first?.text == "•\t"
            let style = TextStyle(size: 8.5, lineSpacing: 1.1, labelColumn: bullet ? 10 : nil)
            box.add(try typesetter.text(runs, style: style, width: inner),
                    spaceAfter: index == lines.count - 1 ? 0 : (nextIsBullet ? 1.5 : 4))
        }
        return box
    }

    /// One offer: its name, then labelled lines; a line the catalogue has nothing for is left out,
    /// except access and contact, which always say something.
    private func block(for offer: Offer, _ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block {
        var block = Block(spaceBefore: 9)
        var name = [TextRun(offer.name, bold: true)]
        if offer.status == .paused { name.append(TextRun("  — på pause", italic: true, colour: .muted, scale: 0.85)) }
        block.add(try typesetter.text(name, size: 10.5, width: width), spaceAfter: 2)

        let access = offer.access.map(\.label).joined(separator: ", ")
        let fields: [(String, String)] = [
            ("Hvem", offer.audience),
            ("Alder", offer.ages.isOpen ? "" : offer.ages.label),
            ("Indhold", offer.summary),
            ("Tid", offer.schedule),
            ("Sted", HandoutWording.place(offer)),
            ("Pris", offer.price),
            ("Adgang", access.isEmpty ? "ikke oplyst i kataloget" : access.prefix(1).uppercased() + access.dropFirst()),
            ("Henvisning", offer.referral),
            ("Center", wording.centreName(for: offer)),
            ("Kontakt", wording.contact(for: offer)),
        ]
        var runs: [TextRun] = []
        for (label, value) in fields where !value.isEmpty {
            if !runs.isEmpty { runs.append(TextRun("\n")) }
            runs.append(TextRun("\(label): ", bold: true, colour: .muted))
            runs.append(TextRun(value.replacingOccurrences(of: "\n", with: " ")))
        }
        // Labels run inline ("Hvem: ...") rather than in a column, so text read back from the PDF
        // (search, copy, screen readers) keeps each label with its value.
        let style = TextStyle(size: 8.5, lineSpacing: 1.05, hangingIndent: 12, maxLines: 5)
        block.add(try typesetter.text(runs, style: style, width: width))
        return block
    }
}
