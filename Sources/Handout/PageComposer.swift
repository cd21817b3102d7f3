/// The margins of a page, in points.
struct Margins: Sendable, Hashable {
    var top: Double, bottom: Double, left: Double, right: Double
}

/// Places blocks on pages from top to bottom and draws them with a footer on every page.
///
/// Placing only plans (blocks are measured already); drawing happens in `render`, when the page count
/// is known, so the footer can say "Side 1 af 3". Rules:
/// - a block never splits: if it does not fit below the last one, it starts the next page;
/// - a block taller than a whole page gets a page of its own (text blocks cap their lines, so this is rare);
/// - a section's heading always stays with its first item (see `placeSection`).
struct PageComposer {
    let size: PageSize
    let margins: Margins
    /// Room kept at the bottom for the footer, inside the bottom margin.
    let footerHeight: Double

    private(set) var pages: [[(block: Block, y: Double)]] = [[]]
    private var cursor: Double

    init(size: PageSize = .a4, margins: Margins, footerHeight: Double) {
        self.size = size
        self.margins = margins
        self.footerHeight = footerHeight
        cursor = margins.top
    }

    var contentWidth: Double { size.width - margins.left - margins.right }
    var bodyHeight: Double { bottomLimit - margins.top }
    private var bottomLimit: Double { size.height - margins.bottom - footerHeight }
    private var pageIsEmpty: Bool { pages[pages.count - 1].isEmpty }
    /// Space left on the current page.
    var remaining: Double { bottomLimit - cursor }

    /// The height `blocks` need when placed one after another on the current page.
    func height(of blocks: [Block]) -> Double {
        blocks.enumerated().reduce(0) { sum, item in
            sum + item.element.height + (item.offset == 0 && pageIsEmpty ? 0 : item.element.spaceBefore)
        }
    }

    /// Places `block` below the previous one, or at the top of a new page if it does not fit.
    mutating func place(_ block: Block) {
        if !pageIsEmpty && height(of: [block]) > remaining { breakPage() }
        let y = cursor + (pageIsEmpty ? 0 : block.spaceBefore)
        pages[pages.count - 1].append((block, y))
        cursor = y + block.height
    }

    /// Places `block`, first moving to a new page if `follower` would not fit after it here but both
    /// fit on a fresh page (so e.g. a closing box never stands alone on the last page).
    mutating func place(_ block: Block, keepingRoomFor follower: Block) {
        if !pageIsEmpty && height(of: [block, follower]) > remaining
            && block.height + follower.spaceBefore + follower.height <= bodyHeight {
            breakPage()
        }
        place(block)
    }

    /// Places a section: its heading, then its items.
    ///
    /// The section starts on a new page when its heading and first item do not fit here, or when the
    /// whole section would fit on a fresh page but not here and less than 40 % of a page is left
    /// (so a short theme is not torn over two pages). Otherwise it continues on this page. With
    /// `keepingShortSectionsWhole` false only the heading is kept with its first item, so the
    /// pages fill (the GP overview must fit few pages).
    mutating func placeSection(heading: Block, items: [Block], keepingShortSectionsWhole: Bool = true) {
        let opening = height(of: [heading] + items.prefix(1))
        let whole = height(of: [heading] + items)
        if !pageIsEmpty {
            let fitsOnFreshPage = whole - heading.spaceBefore <= bodyHeight
            let keepWhole = keepingShortSectionsWhole && whole > remaining && fitsOnFreshPage && remaining < 0.4 * bodyHeight
            if opening > remaining || keepWhole {
                breakPage()
            }
        }
        place(heading)
        for item in items { place(item) }
    }

    /// Places `block` at the foot of the last page (above the footer), on a new page if there is no room.
    mutating func placeAtBottom(_ block: Block) {
        if !pageIsEmpty && height(of: [block]) > remaining { breakPage() }
        let y = bottomLimit - block.height
        pages[pages.count - 1].append((block, y))
        cursor = bottomLimit
    }

    /// Draws every page; `footer(page, pageCount)` gives the footer block for a page (numbered from 1).
    func render(on document: PDFDocument,
                footer: (Int, Int) throws(HandoutError) -> Block) throws(HandoutError) {
        for (index, page) in pages.enumerated() {
            if index > 0 { try document.newPage() }
            for (block, y) in page {
                block.draw(on: document, x: margins.left, y: y, width: contentWidth)
            }
            let foot = try footer(index + 1, pages.count)
            foot.draw(on: document, x: margins.left, y: size.height - margins.bottom - foot.height, width: contentWidth)
        }
    }

    private mutating func breakPage() {
        pages.append([])
        cursor = margins.top
    }
}
