/// Makes `TextBlock`s in one document, and the footer both handouts share.
struct Typesetter {
    let document: PDFDocument

    func text(_ runs: [TextRun], size: Double, width: Double) throws(HandoutError) -> TextBlock {
        try TextBlock(runs, style: TextStyle(size: size), width: width, in: document)
    }

    func text(_ runs: [TextRun], style: TextStyle, width: Double) throws(HandoutError) -> TextBlock {
        try TextBlock(runs, style: style, width: width, in: document)
    }

    /// A hairline, then `note` on the left and "Side 1 af 3" on the right.
    func footer(note: String, page: Int, of count: Int, width: Double, size: Double = 7.5) throws(HandoutError) -> Block {
        let numberWidth = 64.0
        var footer = Block()
        footer.addRule(spaceAfter: 5)
        footer.addPair(try text([TextRun(note)], size: size, width: width - numberWidth - 8),
                       try text([TextRun("Side \(page) af \(count)")], style: TextStyle(size: size, alignment: .right),
                                width: numberWidth))
        return footer
    }
}
