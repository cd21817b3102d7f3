@testable import Handout
import Testing

@Suite struct PageComposerTests {
    /// A block of `lines` lines of 10 pt text.
    private func block(_ lines: Int, in document: PDFDocument, spaceBefore: Double = 8) throws -> Block {
        var block = Block(spaceBefore: spaceBefore)
        block.add(try TextBlock([TextRun(Array(repeating: "Linje med tekst", count: lines).joined(separator: "\n"))],
                                style: TextStyle(size: 10), width: 300, in: document))
        return block
    }

    @Test func aBlockNeverSplitsAcrossPages() throws {
        let document = try PDFDocument(title: "Test")
        var composer = PageComposer(margins: Margins(top: 40, bottom: 30, left: 40, right: 40), footerHeight: 30)
        for lines in [3, 9, 5, 12, 7, 2, 11, 6, 8, 4, 10, 3, 9, 5, 12, 7] { composer.place(try block(lines, in: document)) }
        #expect(composer.pages.count > 1)
        let bottom = composer.size.height - 30 - 30
        for page in composer.pages {
            for (block, y) in page {
                #expect(y >= 40)
                #expect(y + block.height <= bottom + 0.01)
            }
        }
    }

    @Test func aSectionHeadingStaysWithItsFirstItem() throws {
        let document = try PDFDocument(title: "Test")
        var composer = PageComposer(margins: Margins(top: 40, bottom: 30, left: 40, right: 40), footerHeight: 30)
        while composer.remaining > 60 { composer.place(try block(1, in: document)) }
        let pagesBefore = composer.pages.count
        composer.placeSection(heading: try block(1, in: document), items: [try block(6, in: document)])
        #expect(composer.pages.count == pagesBefore + 1)
        #expect(composer.pages.last?.count == 2, "overskriften flytter med sit første tilbud")
    }

    @Test func aShortSectionMovesToAFreshPageRatherThanTearing() throws {
        let document = try PDFDocument(title: "Test")
        var composer = PageComposer(margins: Margins(top: 40, bottom: 30, left: 40, right: 40), footerHeight: 30)
        while composer.remaining > 0.3 * composer.bodyHeight { composer.place(try block(2, in: document)) }
        let items = try (0..<6).map { _ in try block(4, in: document) }
        composer.placeSection(heading: try block(1, in: document), items: items)
        #expect(composer.pages.last?.count == 7, "hele temaet står samlet på den nye side")
    }

    @Test func aStaffBoxSitsAtTheFootOfTheLastPage() throws {
        let document = try PDFDocument(title: "Test")
        var composer = PageComposer(margins: Margins(top: 40, bottom: 30, left: 40, right: 40), footerHeight: 30)
        composer.place(try block(3, in: document))
        let box = try block(4, in: document)
        composer.placeAtBottom(box)
        let placed = try #require(composer.pages.last?.last)
        #expect(abs(placed.y + box.height - (composer.size.height - 60)) < 0.01)
        #expect(composer.pages.count == 1)
    }

    @Test func aLastBlockMovesWithTheBoxThatMustFollowIt() throws {
        let document = try PDFDocument(title: "Test")
        var composer = PageComposer(margins: Margins(top: 40, bottom: 30, left: 40, right: 40), footerHeight: 30)
        while composer.remaining > 150 { composer.place(try block(2, in: document)) }
        let box = try block(6, in: document)
        composer.place(try block(4, in: document), keepingRoomFor: box)
        composer.placeAtBottom(box)
        #expect(composer.pages.count == 2)
        #expect(composer.pages.last?.count == 2, "det sidste tilbud følger med boksen over på næste side")
    }
}
