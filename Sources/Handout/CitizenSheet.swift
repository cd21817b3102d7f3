import OfferModel

/// The version a staff member hands to a citizen: plain Danish, large text (12.5 pt body) and generous
/// spacing. For each chosen offer: what it is, who it is for, where and when, how to join and whom to
/// contact. At the foot of the last page there is room to write the staff member's name and phone.
///
/// Offers are printed in the given order (the order the staff member chose), each once; only public
/// offers (aktiv and pause) are printed, and paused ones say so.
public struct CitizenSheet: Sendable {
    public var content: HandoutContent

    public init(content: HandoutContent) {
        self.content = content
    }

    /// The title in the PDF's properties.
    public var title: String { "Tilbud til dig fra \(wording.municipality)" }

    static let bodySize = 12.5

    /// Lays out and writes the PDF.
    public func render() throws(HandoutError) -> PrintedHandout {
        let offers = content.printable
        guard !offers.isEmpty else { throw .noOffers }
        let document = try PDFDocument(title: title)
        var composer = PageComposer(margins: Margins(top: 48, bottom: 32, left: 58, right: 58), footerHeight: 30)
        let width = composer.contentWidth
        let typesetter = Typesetter(document: document)

        var heading = Block()
        heading.add(try typesetter.text([TextRun("Tilbud til dig", bold: true)], size: 26, width: width),
                    colour: .accent, spaceAfter: 4)
        heading.add(try typesetter.text([TextRun("fra \(wording.municipality)")], size: 15, width: width),
                    colour: .muted, spaceAfter: 12)
        let intro = offers.count == 1
            ? "Her kan du læse om et tilbud, som kan passe til dig."
            : "Her kan du læse om \(offers.count) tilbud, som kan passe til dig."
        heading.add(try typesetter.text([TextRun(intro)], style: TextStyle(size: Self.bodySize, lineSpacing: 1.3), width: width))
        composer.place(heading)

        let box = try staffBox(typesetter, width: width)
        for (index, offer) in offers.enumerated() {
            let block = try block(for: offer, typesetter, width: width)
            if index == offers.count - 1 {
                composer.place(block, keepingRoomFor: box)
            } else {
                composer.place(block)
            }
        }
        composer.placeAtBottom(box)

        let note = "Udskrevet \(HandoutWording.date(content.printed)) · \(wording.municipality) · \(wording.web)"
        try composer.render(on: document) { page, count throws(HandoutError) in
            try typesetter.footer(note: note, page: page, of: count, width: width, size: 9)
        }
        return PrintedHandout(pdf: try document.finish(), pageCount: composer.pages.count, offerCount: offers.count)
    }

    private var wording: HandoutWording { HandoutWording(content: content) }

    private func block(for offer: Offer, _ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block {
        var block = Block(spaceBefore: 18)
        block.addRule(spaceAfter: 11)
        block.add(try typesetter.text([TextRun(offer.name, bold: true)], size: 17, width: width),
                  colour: .accent, spaceAfter: 5)
        if offer.status == .paused {
            block.add(try typesetter.text([TextRun("Tilbuddet holder pause lige nu.", bold: true)], size: Self.bodySize, width: width),
                      spaceAfter: 6)
        }
        var who = offer.audience
        if !offer.ages.isOpen { who += (who.isEmpty ? "" : " ") + "Alder: \(offer.ages.label)." }
        let fields: [(String, String)] = [
            ("Hvad er det?", offer.summary),
            ("For hvem?", who),
            ("Hvor?", HandoutWording.place(offer)),
            ("Hvornår?", offer.schedule),
            ("Pris:", offer.price),
            ("Sådan gør du:", joining(offer)),
            ("Kontakt:", wording.contact(for: offer)),
        ]
        var runs: [TextRun] = []
        for (label, value) in fields where !value.isEmpty {
            if !runs.isEmpty { runs.append(TextRun("\n")) }
            runs.append(TextRun("\(label)\t", bold: true))
            runs.append(TextRun(value.replacingOccurrences(of: "\n", with: " ")))
        }
        let style = TextStyle(size: Self.bodySize, lineSpacing: 1.3, labelColumn: 112, maxLines: 8)
        block.add(try typesetter.text(runs, style: style, width: width))
        return block
    }

    /// How to join, in plain words: the ways in, then the catalogue's own text about it.
    private func joining(_ offer: Offer) -> String {
        var sentences = offer.access.map { access in
            switch access {
            case .selfReferral: return "Du kan selv kontakte tilbuddet."
            case .doctorReferral: return "Din læge skal henvise dig."
            case .assessment: return "Kommunen skal først vurdere, om du kan få tilbuddet (visitation)."
            }
        }
        if !offer.referral.isEmpty { sentences.append(offer.referral) }
        if sentences.isEmpty { return "Spørg den medarbejder, der gav dig dette ark." }
        return sentences.joined(separator: " ")
    }

    /// Blank lines for the staff member's name and phone, filled in by hand.
    private func staffBox(_ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block {
        var box = Block(spaceBefore: 24, padding: 12, background: .tint, accentBar: .accent)
        let inner = width - 24
        box.add(try typesetter.text([TextRun("Din kontaktperson i kommunen", bold: true)], size: 13.5, width: inner),
                spaceAfter: 3)
        box.add(try typesetter.text([TextRun("Har du spørgsmål, er du velkommen til at kontakte mig:")],
                                    style: TextStyle(size: Self.bodySize, lineSpacing: 1.2), width: inner),
                colour: .muted, spaceAfter: 16)
        let name = try typesetter.text([TextRun("Navn:", bold: true)], size: Self.bodySize, width: inner)
        let phone = try typesetter.text([TextRun("Telefon:", bold: true)], size: Self.bodySize, width: inner)
        let lineStart = max(name.usedWidth, phone.usedWidth) + 8
        box.addWriteOn(name, lineStart: lineStart, spaceAfter: 20)
        box.addWriteOn(phone, lineStart: lineStart, spaceAfter: 2)
        return box
    }
}
