/// One unit the composer keeps on one page: texts stacked top to bottom, optionally framed.
///
/// A block's height is known before it is placed, because every `TextBlock` is measured when it is made.
struct Block {
    enum Piece {
        case text(TextBlock, indent: Double, colour: Colour)
        /// A hairline across the block.
        case rule
        /// A label followed by a line to write on by hand, from `lineStart` (or just after the label)
        /// to the right edge.
        case writeOn(TextBlock, lineStart: Double)
        case space(Double)
        /// Two texts side by side on the same top line (e.g. a footer's note and page number).
        case pair(TextBlock, TextBlock, colour: Colour)
    }

    private(set) var pieces: [Piece] = []
    /// Space above the block; dropped when the block starts a page.
    var spaceBefore: Double
    var padding: Double
    var background: Colour?
    /// A bar down the left edge, e.g. to mark a box.
    var accentBar: Colour?

    init(spaceBefore: Double = 0, padding: Double = 0, background: Colour? = nil, accentBar: Colour? = nil) {
        self.spaceBefore = spaceBefore
        self.padding = padding
        self.background = background
        self.accentBar = accentBar
    }

    mutating func add(_ text: TextBlock, indent: Double = 0, colour: Colour = .text, spaceAfter: Double = 0) {
        pieces.append(.text(text, indent: indent, colour: colour))
        if spaceAfter > 0 { pieces.append(.space(spaceAfter)) }
    }

    mutating func addRule(spaceAfter: Double) {
        pieces.append(.rule)
        pieces.append(.space(spaceAfter))
    }

    mutating func addWriteOn(_ label: TextBlock, lineStart: Double = 0, spaceAfter: Double = 0) {
        pieces.append(.writeOn(label, lineStart: lineStart))
        if spaceAfter > 0 { pieces.append(.space(spaceAfter)) }
    }

    /// `left` at the left edge and `right` (laid out right-aligned at full width) on the same line.
    mutating func addPair(_ left: TextBlock, _ right: TextBlock, colour: Colour = .muted) {
        pieces.append(.pair(left, right, colour: colour))
    }

    mutating func addSpace(_ points: Double) { pieces.append(.space(points)) }

    var isEmpty: Bool { pieces.isEmpty }

    /// The height on the page, padding included and `spaceBefore` not.
    var height: Double {
        2 * padding + pieces.reduce(0) { $0 + Self.height(of: $1) }
    }

    func draw(on document: PDFDocument, x: Double, y: Double, width: Double) {
        if let background { document.fill(x: x, y: y, width: width, height: height, colour: background) }
        if let accentBar { document.fill(x: x, y: y, width: 3, height: height, colour: accentBar) }
        var top = y + padding
        let left = x + padding
        let right = x + width - padding
        for piece in pieces {
            switch piece {
            case let .text(text, indent, colour):
                document.draw(text, x: left + indent, y: top, colour: colour)
            case .rule:
                document.line(from: (left, top), to: (right, top), width: 0.5, colour: .rule)
            case let .writeOn(label, lineStart):
                document.draw(label, x: left, y: top)
                let lineY = top + label.baseline + 2
                let start = left + max(lineStart, label.usedWidth + 6)
                document.line(from: (start, lineY), to: (right, lineY), width: 0.6, colour: .muted)
            case let .pair(first, second, colour):
                document.draw(first, x: left, y: top, colour: colour)
                document.draw(second, x: right - second.width, y: top, colour: colour)
            case .space:
                break
            }
            top += Self.height(of: piece)
        }
    }

    private static func height(of piece: Piece) -> Double {
        switch piece {
        case let .text(text, _, _): return text.height
        case .rule: return 0
        case let .writeOn(label, _): return label.height + 2
        case let .space(points): return points
        case let .pair(first, second, _): return max(first.height, second.height)
        }
    }
}
