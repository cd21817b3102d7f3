import Editorial
import Foundation
import OfferModel
import TestSupport
import Testing

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

    /// The database holds who changed what and staff's reports: only the owner may read it, also a
    /// file an older version made readable to all.
    @Test func theDatabaseIsReadableByItsOwnerOnly() throws {
        let parent = TemporaryFolder("tilstand")
        let folder = parent.at("ny")
        let store = try EditorialStore(folder: folder)
        try store.record(AuditEntry(at: Date(), user: "Hanne", subject: "rygestop", action: .saved, changes: []))
        let path = folder + "/" + EditorialStore.fileName
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        _ = try EditorialStore(folder: folder)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    /// A change is in the audit trail only when done: begun, it waits among the unfinished ones;
    /// abandoned, it never shows.
    @Test func aChangeIsInTheTrailOnlyOnceItIsDone() throws {
        let folder = TemporaryFolder("lager")
        let store = try EditorialStore(folder: folder.path)
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let report = try store.fileReport(ErrorReport(offerID: "rygestop", centre: "sundhedscenter", at: at, text: "x", reporter: ""))
        let entry = AuditEntry(at: at, user: "Hanne", subject: "rygestop", action: .saved, changes: [])
        let done = try store.beginChange(entry, file: "/k/tilbud/rygestop.yaml", version: "abc")
        let dropped = try store.beginChange(entry, file: "/k/tilbud/rygestop.yaml", version: "def")
        #expect(try store.auditTrail(subject: "rygestop").isEmpty)
        #expect(try store.unfinishedChanges().map(\.id) == [done, dropped])
        try store.finishChange(id: done, commit: nil, reportsFollow: (offerID: "rygestop", centre: "aeldrecenter"))
        try store.abandonChange(id: dropped)
        #expect(try store.unfinishedChanges().isEmpty)
        #expect(try store.auditTrail(subject: "rygestop").map(\.id) == [done])
        #expect(try store.report(id: report.id)?.centre == "aeldrecenter", "the open report followed the offer")
        #expect(try store.uncommittedChange(subject: "rygestop", version: "abc")?.id == done)
        try store.setCommit(id: done, commit: "c0ffee")
        #expect(try store.uncommittedChange(subject: "rygestop", version: "abc") == nil)
        #expect(try store.auditTrail(subject: "rygestop").first?.commit == "c0ffee")
    }
}
