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
        var composer = PageComposer(margins: Margins(top: 40, bottom: 26, left: 46, right: 46), footerHeight: 24)
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
        composer.place(try introBox(typesetter, width: width, offers: offers))

        for section in sections {
            var blocks = try section.offers.map { offer throws(HandoutError) in try block(for: offer, typesetter, width: width) }
            if let references = try seeAlso(section, typesetter, width: width) { blocks.append(references) }
            let title = try heading(for: section.theme, typesetter, width: width)
            composer.placeSection(heading: title, items: blocks, keepingShortSectionsWhole: false)
        }

        let note = "Udskrevet \(HandoutWording.date(content.printed)) · \(wording.municipality) · \(wording.web)"
        try composer.render(on: document) { page, count throws(HandoutError) in
            try typesetter.footer(note: note, page: page, of: count, width: width)
        }
        return PrintedHandout(pdf: try document.finish(), pageCount: composer.pages.count, offerCount: offers.count)
    }

    private var wording: HandoutWording { HandoutWording(content: content) }

    /// A theme's name over a hairline.
    private func heading(for theme: Need, _ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block {
        var title = Block(spaceBefore: 10)
        title.add(try typesetter.text([TextRun(theme.name, bold: true)], size: 11.5, width: width), colour: .accent, spaceAfter: 1.5)
        title.addRule(spaceAfter: 0)
        return title
    }

    /// "Se også: ..." naming the theme's offers that are printed under another theme, or nil if there are none.
    private func seeAlso(_ section: Section, _ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block? {
        guard !section.seeAlso.isEmpty else { return nil }
        var references = Block(spaceBefore: section.offers.isEmpty ? 4 : 5)
        let names = section.seeAlso.map { "\($0.offer.name) (under \($0.printedUnder.name))" }.joined(separator: "; ")
        let runs = [TextRun("Se også: ", bold: true, colour: .muted), TextRun(names + ".")]
        references.add(try typesetter.text(runs, style: TextStyle(size: 8, lineSpacing: 1.0, hangingIndent: 12), width: width))
        return references
    }

    /// The box at the top: how to refer to these offers, from what the catalogue holds, and the
    /// verification said once.
    private func introBox(_ typesetter: Typesetter, width: Double, offers: [Offer]) throws(HandoutError) -> Block {
        var box = Block(spaceBefore: 8, padding: 8, background: .tint, accentBar: .accent)
        let inner = width - 16
        box.add(try typesetter.text([TextRun("Sådan henviser du", bold: true)], size: 10.5, width: inner), spaceAfter: 3)
        func names(_ access: Access) -> [String] { offers.filter { $0.access.contains(access) }.map(\.name) }
        let doctor = names(.doctorReferral), assessment = names(.assessment), own = names(.selfReferral)
        var lines: [[TextRun]] = []
        if doctor.isEmpty {
            lines.append([TextRun("Ingen af tilbuddene kræver en henvisning fra læge. Giv borgeren tilbuddets navn og kontaktlinje, eller ring selv til kontakten.")])
        } else {
            lines.append([TextRun("Henvis til: ", bold: true), TextRun(doctor.joined(separator: ", ") + " (markeret \u{201E}"),
                          TextRun("henvisning fra læge", bold: true), TextRun("\u{201C}). Send henvisningen til kontakten ved tilbuddet.")])
        }
        if !own.isEmpty {
            lines.append([TextRun("Borgeren kan selv henvende sig: ", bold: true), TextRun(own.joined(separator: ", ") + ".")])
        }
        if !assessment.isEmpty {
            lines.append([TextRun("Kommunen visiterer: ", bold: true),
                          TextRun(assessment.joined(separator: ", ") + ". Bed borgeren kontakte kommunen, eller kontakt den selv.")])
        }
        let unstated = offers.filter { $0.access.isEmpty }.count
        if unstated > 0 {
            lines.append([TextRun("Ved de øvrige \(unstated) tilbud: brug kontaktlinjen ved tilbuddet.")])
        }
        let verification = HandoutWording.verification(offers)
        lines.append([TextRun("\(offers.count) tilbud fra \(wording.municipality)s katalog, der kører eller holder pause; hvert står én gang, under sit første tema. \(verification) Den nyeste udgave: "),
                      TextRun(wording.web, bold: true), TextRun(".")])
        for (index, runs) in lines.enumerated() {
            box.add(try typesetter.text(runs, style: TextStyle(size: 8.5, lineSpacing: 1.05), width: inner),
                    spaceAfter: index == lines.count - 1 ? 0 : 2.5)
        }
        return box
    }

    /// One offer as one short paragraph: its name (marked "henvisning fra læge" when it takes a
    /// GP's referral), then for whom, how to get in and the contact; what the catalogue lacks is left out.
    private func block(for offer: Offer, _ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block {
        var block = Block(spaceBefore: 4)
        var runs = [TextRun(offer.name, bold: true)]
        if offer.access.contains(.doctorReferral) { runs.append(TextRun("  — henvisning fra læge", bold: true, colour: .accent, scale: 0.9)) }
        if offer.status == .paused { runs.append(TextRun("  — på pause", italic: true, colour: .muted, scale: 0.9)) }
        var who = offer.audience.split(whereSeparator: \.isNewline).joined(separator: " ")
        if !offer.ages.isOpen { who += (who.isEmpty ? "" : " ") + "(\(offer.ages.label))" }
        let access = offer.access.map(\.label).joined(separator: ", ")
        var way = access.isEmpty ? "" : access.prefix(1).uppercased() + access.dropFirst()
        if !offer.referral.isEmpty { way += (way.isEmpty ? "" : ". ") + offer.referral.split(whereSeparator: \.isNewline).joined(separator: " ") }
        let fields: [(String, String)] = [("For", who), ("Adgang", way), ("Kontakt", wording.contact(for: offer))]
        var first = true
        for (label, value) in fields where !value.isEmpty {
            runs.append(TextRun(first ? " — " : "  ·  ", colour: .muted))
            first = false
            runs.append(TextRun("\(label): ", bold: true, colour: .muted))
            runs.append(TextRun(value))
        }
        // Labels run inline ("For: ...") rather than in a column, so text read back from the PDF
        // (search, copy, screen readers) keeps each label with its value.
        let style = TextStyle(size: 8.5, lineSpacing: 1.0, hangingIndent: 10, maxLines: 4)
        block.add(try typesetter.text(runs, style: style, width: width))
        return block
    }
}
