import Catalog
@testable import Directory
import Editorial
import Foundation
import OfferModel
import TestSupport
import Testing

/// What a start of Redaktionen finishes of changes a crash or git left undone, on a real git work
/// tree and a real SQLite file: each state made exactly as a crash at that point leaves it.
@Suite struct StartupRecoveryTests {
    /// The new bytes of rygestop with another phone number, and the audit entry of that save.
    func save(_ site: EditorialFixture) throws -> (data: Data, entry: AuditEntry) {
        var offer = try site.service.editableOffer(id: "rygestop").offer
        offer.contact.phone = "43 57 00 00"
        let data = Data(try CatalogWriter.offerYAML(offer, defaultMunicipality: "testby").utf8)
        let entry = AuditEntry(at: Date(), user: "Hanne Sund", subject: "rygestop", action: .saved,
                               changes: [FieldChange(field: "kontakt.telefon", old: "12 34 56 78", new: "43 57 00 00")])
        return (data, entry)
    }

    /// Killed after the file was renamed into place, before git and the log were done: the next
    /// start commits it with its editor as author, marks it done and brings the index up to date.
    @Test func aSaveCutOffAfterItsFileWasInPlaceIsFinishedAtTheNextStart() throws {
        let site = try EditorialFixture()
        try site.makeGitWorkTree()
        let (data, entry) = try save(site)
        let path = site.catalog.at("tilbud/rygestop.yaml")
        _ = try site.service.store.beginChange(entry, file: path, version: EditorialService.version(of: data))
        try AtomicFile.write(data, to: path)

        let restarted = try EditorialService(directory: site.directory, stateFolder: site.state.path)
        #expect(restarted.startupNotes.contains { $0.contains("afbrudt gemning af rygestop") }, "\(restarted.startupNotes)")
        #expect(!restarted.startupNotes.joined().contains("Hanne"), "the log never names an editor")
        #expect(try site.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(try site.git(["log", "-1", "--format=%an|%s"]).stdout.hasPrefix("Hanne Sund|Redaktionen: Hanne Sund gemte ændringer rygestop"))
        let trail = try restarted.auditTrail(subject: "rygestop")
        #expect(trail.count == 1 && trail[0].commit != nil)
        #expect(try site.directory.offer(id: "rygestop").offer.contact.phone == "43 57 00 00")
        #expect(try site.service.store.unfinishedChanges().isEmpty)
    }

    /// Killed after the change was recorded as begun, before its file was renamed into place: the
    /// next start marks it as never made and removes the staged bytes; nothing else changes.
    @Test func aSaveCutOffBeforeItsFileWasInPlaceLeavesNothingChanged() throws {
        let site = try EditorialFixture()
        let before = site.file("rygestop")
        let (data, entry) = try save(site)
        let path = site.catalog.at("tilbud/rygestop.yaml")
        _ = try site.service.store.beginChange(entry, file: path, version: EditorialService.version(of: data))
        _ = try AtomicFile.stage(data, for: path)

        let restarted = try EditorialService(directory: site.directory, stateFolder: site.state.path)
        #expect(restarted.startupNotes.contains { $0.contains("før filen kom på plads") }, "\(restarted.startupNotes)")
        #expect(site.file("rygestop") == before)
        #expect(!FileManager.default.fileExists(atPath: AtomicFile.temporaryPath(for: path)))
        #expect(try restarted.auditTrail(subject: "rygestop").isEmpty)
        #expect(try site.service.store.unfinishedChanges().isEmpty)
    }

    /// Killed after the new bytes were staged, before the change was recorded: nothing changed,
    /// and the next start removes the staged bytes (which git would show as a new file).
    @Test func bytesStagedBeforeTheChangeWasRecordedAreRemovedAtTheNextStart() throws {
        let site = try EditorialFixture()
        try site.makeGitWorkTree()
        let before = site.file("rygestop")
        let staged = try AtomicFile.stage(try save(site).data, for: site.catalog.at("tilbud/rygestop.yaml"))
        _ = try AtomicFile.stage(Data("behov: {}\n".utf8), for: site.catalog.at("behov.yaml"))
        #expect(try site.git(["status", "--porcelain"]).stdout.contains(".rygestop.yaml.gemmes"))

        let restarted = try EditorialService(directory: site.directory, stateFolder: site.state.path)
        #expect(restarted.startupNotes.isEmpty, "\(restarted.startupNotes)")
        #expect(!FileManager.default.fileExists(atPath: staged.temporary))
        #expect(try site.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(site.file("rygestop") == before)
    }

    /// A file changed by hand (or by git) is not Redaktionen's to commit: the start names it in
    /// its notes and leaves it as it is.
    @Test func aFileChangedOutsideRedaktionenIsReportedAndLeftUncommitted() throws {
        let site = try EditorialFixture()
        try site.makeGitWorkTree()
        site.catalog.write("rygestop", site.file("rygestop").replacingOccurrences(of: "6 uger", with: "8 uger"))
        let restarted = try EditorialService(directory: site.directory, stateFolder: site.state.path)
        #expect(restarted.startupNotes.count == 1)
        #expect(restarted.startupNotes.first?.contains("tilbud/rygestop.yaml er ændret uden for Redaktionen") == true,
                "\(restarted.startupNotes)")
        #expect(try site.git(["status", "--porcelain"]).stdout == " M tilbud/rygestop.yaml\n")
    }

    /// Nothing to do: no notes, and a start leaves a clean work tree alone.
    @Test func aCleanStartHasNothingToSay() throws {
        let site = try EditorialFixture()
        try site.makeGitWorkTree()
        #expect(try EditorialService(directory: site.directory, stateFolder: site.state.path).startupNotes.isEmpty)
    }
}
