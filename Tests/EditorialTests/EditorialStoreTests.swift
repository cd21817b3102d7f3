import Editorial
import Foundation
import Testing
import TestSupport

@Suite struct EditorialStoreTests {
    @Test func auditEntriesAndReportsSurviveReopeningTheFile() throws {
        let folder = TemporaryFolder("lager")
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        do {
            let store = try EditorialStore(folder: folder.path)
            try store.record(AuditEntry(at: at, user: "Hanne", subject: "rygestop", action: .saved,
                                        changes: [FieldChange(field: "kontakt.telefon", old: "", new: "43 57 00 00")], commit: "abc"))
            let report = try store.fileReport(ErrorReport(offerID: "rygestop", centre: "sundhedscenter", at: at,
                                                          text: "<script>alert(1)</script>", reporter: "Sara"))
            #expect(report.id > 0)
        }
        let store = try EditorialStore(folder: folder.path)
        let trail = try store.auditTrail(subject: "rygestop")
        #expect(trail.count == 1 && trail[0].user == "Hanne" && trail[0].commit == "abc" && trail[0].at == at)
        #expect(trail[0].changes == [FieldChange(field: "kontakt.telefon", old: "", new: "43 57 00 00")])
        let open = try store.openReports(centre: "sundhedscenter")
        #expect(open.map(\.text) == ["<script>alert(1)</script>"])
        #expect(try store.openReportCount(offerID: "rygestop") == 1)
        let closed = try #require(try store.closeReport(id: open[0].id, by: "Hanne", note: "Rettet", at: at))
        #expect(!closed.isOpen && closed.closingNote == "Rettet")
        #expect(try store.closeReport(id: open[0].id, by: "Hanne", note: "igen", at: at) == nil)
        #expect(try store.openReports().isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.at(EditorialStore.fileName)))
    }

    @Test func theStateFolderIsReadableByItsOwnerOnly() throws {
        let parent = TemporaryFolder("tilstand")
        _ = try EditorialStore(folder: parent.at("ny"))
        let mode = try FileManager.default.attributesOfItem(atPath: parent.at("ny"))[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }
}
