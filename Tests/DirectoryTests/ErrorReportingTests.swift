@testable import Directory
import Editorial
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct ErrorReportingTests {
    @Test func aReportIsFiledForTheOffersCentreAndClosedWithANote() throws {
        let site = try EditorialFixture()
        let report = try site.service.reportError(offerID: "vennekreds", text: "  Mødes nu om torsdagen  ", reporter: "")
        #expect(report.centre == "aeldrecenter" && report.text == "Mødes nu om torsdagen" && report.isOpen)
        #expect(throws: DirectoryError.self) { try site.service.closeReport(id: report.id, note: "ok", by: EditorialFixture.health) }
        let closed = try site.service.closeReport(id: report.id, note: "Rettet tid", by: EditorialFixture.elderly)
        #expect(!closed.isOpen && closed.closedBy == "Ældre Ib" && closed.closingNote == "Rettet tid")
        #expect(throws: DirectoryError.self) { try site.service.closeReport(id: report.id, note: "igen", by: EditorialFixture.elderly) }
        let audit = try site.service.auditTrail(subject: "vennekreds")
        #expect(audit.first?.action == .reportClosed)
        #expect(audit.first?.changes == [FieldChange(field: "fejlmelding", old: "Mødes nu om torsdagen", new: "Rettet tid")])
    }

    @Test func emptyLongAndUnknownReportsAreRefusedInDanish() throws {
        let site = try EditorialFixture()
        #expect(throws: DirectoryError.self) { try site.service.reportError(offerID: "rygestop", text: "   ", reporter: "") }
        #expect(throws: DirectoryError.self) {
            try site.service.reportError(offerID: "rygestop", text: String(repeating: "x", count: EditorialService.maxReportLength + 1), reporter: "")
        }
        #expect(throws: DirectoryError.self) { try site.service.reportError(offerID: "findes-ikke", text: "x", reporter: "") }
        for _ in 0..<EditorialService.maxOpenReportsPerOffer { _ = try site.service.reportError(offerID: "rygestop", text: "x", reporter: "") }
        do {
            _ = try site.service.reportError(offerID: "rygestop", text: "en til", reporter: "")
            Issue.record("burde afvises")
        } catch {
            #expect(error.description.contains("åbne fejlmeldinger"))
        }
    }

    /// Closing a report and its audit entry are one change: when the audit log refuses the entry,
    /// the report stays open, and closing it works once the log does.
    @Test func aReportIsClosedTogetherWithItsAuditEntryOrNotAtAll() throws {
        let site = try EditorialFixture()
        let report = try site.service.reportError(offerID: "vennekreds", text: "Forkert tid", reporter: "")
        try site.breakAuditLog()
        #expect(throws: DirectoryError.self) { try site.service.closeReport(id: report.id, note: "Rettet", by: EditorialFixture.elderly) }
        #expect(try site.service.reports(offerID: "vennekreds").map(\.isOpen) == [true])
        #expect(try site.service.auditTrail(subject: "vennekreds").isEmpty)
        try site.repairAuditLog()
        let closed = try site.service.closeReport(id: report.id, note: "Rettet", by: EditorialFixture.elderly)
        #expect(!closed.isOpen)
        #expect(try site.service.auditTrail(subject: "vennekreds").map(\.action) == [.reportClosed])
    }

    /// Control characters and bidi overrides are stripped from what staff and editors write.
    @Test func controlAndBidiCharactersAreStrippedFromReportsAndNotes() throws {
        let site = try EditorialFixture()
        let report = try site.service.reportError(offerID: "vennekreds", text: "Forkert\u{202E} tid\u{0} og\u{1B} sted\u{7}",
                                                  reporter: "Sara\u{2067} H.\u{8}")
        #expect(report.text == "Forkert tid og sted")
        #expect(report.reporter == "Sara H.")
        let closed = try site.service.closeReport(id: report.id, note: "Rettet\u{202D} i filen\u{1F}", by: EditorialFixture.elderly)
        #expect(closed.closingNote == "Rettet i filen")
        #expect(try site.service.reports(offerID: "vennekreds").first?.text == "Forkert tid og sted")
    }

    /// An administrator moves an offer to another centre: its open reports go along, in the same
    /// change, so the new centre sees them and may close them.
    @Test func movingAnOfferToAnotherCentreTakesItsOpenReportsAlong() throws {
        let site = try EditorialFixture()
        let report = try site.service.reportError(offerID: "rygestop", text: "Forkert telefon", reporter: "")
        let moved = try site.service.save(try site.edit("rygestop", ["center": "aeldrecenter"]), by: EditorialFixture.admin)
        guard case .saved = moved else { Issue.record("ikke gemt: \(moved)"); return }
        #expect(try site.service.reports(offerID: "rygestop").map(\.centre) == ["aeldrecenter"])
        #expect(try site.service.closeReport(id: report.id, note: "Rettet", by: EditorialFixture.elderly).closedBy == "Ældre Ib")
    }
}
