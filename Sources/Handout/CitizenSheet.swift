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

    /// The words, shared with the browser's print of `/udvalg`.
    public var words: CitizenWording {
        CitizenWording(offers: content.printable, centres: content.centres, municipality: content.municipality,
                       printed: content.printed)
    }

    /// Lays out and writes the PDF.
    public func render() throws(HandoutError) -> PrintedHandout {
        let words = self.words
        guard !words.entries.isEmpty else { throw .noOffers }
        let document = try PDFDocument(title: title)
        var composer = PageComposer(margins: Margins(top: 42, bottom: 28, left: 58, right: 58), footerHeight: 26)
        let width = composer.contentWidth
        let typesetter = Typesetter(document: document)

        var heading = Block()
        heading.add(try typesetter.text([TextRun(words.title, bold: true)], size: 24, width: width),
                    colour: .accent, spaceAfter: 2)
        heading.add(try typesetter.text([TextRun(words.sender)], size: 14, width: width),
                    colour: .muted, spaceAfter: 8)
        heading.add(try typesetter.text([TextRun(words.intro)], style: TextStyle(size: Self.bodySize, lineSpacing: 1.2), width: width))
        composer.place(heading)

        let box = try staffBox(typesetter, width: width)
        for (index, entry) in words.entries.enumerated() {
            let block = try block(for: entry, typesetter, width: width)
            if index == words.entries.count - 1 {
                composer.place(block, keepingRoomFor: box)
            } else {
                composer.place(block)
            }
        }
        composer.placeAtBottom(box)

        try composer.render(on: document) { page, count throws(HandoutError) in
            try typesetter.footer(note: words.footer, page: page, of: count, width: width, size: 9)
        }
        return PrintedHandout(pdf: try document.finish(), pageCount: composer.pages.count, offerCount: words.entries.count)
    }

    private var wording: HandoutWording { HandoutWording(content: content) }

    private func block(for entry: CitizenWording.Entry, _ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block {
        var block = Block(spaceBefore: 12)
        block.addRule(spaceAfter: 8)
        block.add(try typesetter.text([TextRun(entry.name, bold: true)], size: 16, width: width),
                  colour: .accent, spaceAfter: 3)
        if entry.paused {
            block.add(try typesetter.text([TextRun(CitizenWording.pausedNote, bold: true)], size: Self.bodySize, width: width),
                      spaceAfter: 4)
        }
        block.add(try typesetter.text([TextRun(entry.summary)], style: TextStyle(size: Self.bodySize, lineSpacing: 1.2, maxLines: 4),
                                      width: width), spaceAfter: 4)
        var runs: [TextRun] = []
        for row in entry.rows {
            if !runs.isEmpty { runs.append(TextRun("\n")) }
            runs.append(TextRun("\(row.label)\t", bold: true))
            runs.append(TextRun(row.value))
        }
        let style = TextStyle(size: Self.bodySize, lineSpacing: 1.2, labelColumn: 168, maxLines: 8)
        block.add(try typesetter.text(runs, style: style, width: width))
        return block
    }

    /// Blank lines for the staff member's name and phone, filled in by hand.
    private func staffBox(_ typesetter: Typesetter, width: Double) throws(HandoutError) -> Block {
        var box = Block(spaceBefore: 16, padding: 10, background: .tint, accentBar: .accent)
        let inner = width - 24
        box.add(try typesetter.text([TextRun(CitizenWording.staffHeading, bold: true)], size: 13.5, width: inner),
                spaceAfter: 3)
        box.add(try typesetter.text([TextRun(CitizenWording.staffLine)],
                                    style: TextStyle(size: Self.bodySize, lineSpacing: 1.2), width: inner),
                colour: .muted, spaceAfter: 12)
        let name = try typesetter.text([TextRun("Navn:", bold: true)], size: Self.bodySize, width: inner)
        let phone = try typesetter.text([TextRun("Telefon:", bold: true)], size: Self.bodySize, width: inner)
        let lineStart = max(name.usedWidth, phone.usedWidth) + 8
        box.addWriteOn(name, lineStart: lineStart, spaceAfter: 16)
        box.addWriteOn(phone, lineStart: lineStart, spaceAfter: 2)
        return box
    }
}
