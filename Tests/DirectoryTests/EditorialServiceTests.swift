import Catalog
@testable import Directory
import Editorial
import Foundation
import OfferIndex
import OfferModel
import TestSupport
import Testing

@Suite struct EditorialServiceTests {
    @Test func aSavedPhoneNumberIsInTheFileTheIndexAndTheAuditLog() throws {
        let site = try EditorialFixture()
        let outcome = try site.service.save(try site.edit("rygestop", ["kontakt.telefon": "43 57 00 00"]), by: EditorialFixture.health)
        guard case let .saved(saved) = outcome else { Issue.record("ikke gemt: \(outcome)"); return }
        #expect(saved.notes.isEmpty, "\(saved.notes)")
        #expect(saved.changes == [FieldChange(field: "kontakt.telefon", old: "12 34 56 78", new: "43 57 00 00")])
        #expect(site.file("rygestop").contains("telefon: 43 57 00 00"))
        #expect(try site.directory.offer(id: "rygestop").offer.contact.phone == "43 57 00 00")
        #expect(try site.directory.validate().isValid)
        let trail = try site.service.auditTrail(subject: "rygestop")
        #expect(trail.count == 1 && trail[0].user == "Hanne Sund" && trail[0].action == .saved)
        #expect(trail[0].changes == saved.changes)
    }

    @Test func anInvalidOfferIsNotWrittenAndItsErrorsNameTheirFields() throws {
        let site = try EditorialFixture()
        let before = site.file("rygestop")
        let outcome = try site.service.save(try site.edit("rygestop", ["kontakt.telefon": "ring til Bente", "alder.fra": "tres", "navn": ""]),
                                            by: EditorialFixture.health)
        guard case let .invalid(_, findings) = outcome else { Issue.record("burde afvises: \(outcome)"); return }
        let fields = Set(findings.filter { $0.severity == .error }.map(\.field))
        #expect(fields.isSuperset(of: ["kontakt.telefon", "alder.fra", "navn"]), "\(findings)")
        #expect(findings.contains { $0.message.contains("må kun have cifre") })
        #expect(site.file("rygestop") == before)
        #expect(try site.service.auditTrail(subject: "rygestop").isEmpty)
    }

    @Test func aFileChangedSinceTheFormWasMadeGivesAConflictAndIsLeftAlone() throws {
        let site = try EditorialFixture()
        let edit = try site.edit("rygestop", ["kontakt.telefon": "11 11 11 11"])
        let handEdited = site.file("rygestop").replacingOccurrences(of: "6 uger", with: "8 uger")
        site.catalog.write("rygestop", handEdited)
        let outcome = try site.service.save(edit, by: EditorialFixture.health)
        guard case let .conflict(conflict) = outcome else { Issue.record("burde give konflikt: \(outcome)"); return }
        #expect(conflict.current == handEdited)
        #expect(conflict.proposed.contains("11 11 11 11"))
        #expect(site.file("rygestop") == handEdited)
    }

    @Test func anEditorCannotChangeAnotherCentresOfferNorMoveOneAway() throws {
        let site = try EditorialFixture()
        #expect(throws: DirectoryError.self) {
            try site.service.save(try site.edit("vennekreds", ["tid": "Hver dag"]), by: EditorialFixture.health)
        }
        let moved = try site.service.save(try site.edit("rygestop", ["center": "aeldrecenter"]), by: EditorialFixture.health)
        guard case let .invalid(_, findings) = moved else { Issue.record("burde afvises: \(moved)"); return }
        #expect(findings.contains { $0.field == "center" })
        let admin = try site.service.save(try site.edit("vennekreds", ["tid": "Hver dag"]), by: EditorialFixture.admin)
        guard case .saved = admin else { Issue.record("administratoren burde kunne gemme: \(admin)"); return }
    }

    @Test func aNewOfferGetsAUniqueIdFromItsName() throws {
        let site = try EditorialFixture()
        func create() throws -> SaveOutcome {
            try site.service.save(OfferEdit(id: nil, texts: ["navn": "Rygestop for unge", "kort": "Kursus for unge rygere.",
                                                             "behov": "rygning", "status": "aktiv", "kilde": "Aftalt med centret"],
                                            baseVersion: "ny"), by: EditorialFixture.health)
        }
        guard case let .saved(first) = try create(), case let .saved(second) = try create() else { Issue.record("ikke gemt"); return }
        #expect(first.id == "rygestop-for-unge" && second.id == "rygestop-for-unge-2")
        let offer = try site.directory.offer(id: first.id).offer
        #expect(offer.centre == "sundhedscenter")
        #expect(try site.service.auditTrail(subject: first.id).first?.action == .created)
    }

    @Test func verifyingSetsTodayAndNothingElse() throws {
        let site = try EditorialFixture()
        let editable = try site.service.editableOffer(id: "rygestop")
        let today = CalendarDate(year: 2026, month: 12, day: 1)!
        let outcome = try site.service.verify(id: "rygestop", baseVersion: editable.version, by: EditorialFixture.health, today: today)
        guard case let .saved(saved) = outcome else { Issue.record("ikke gemt: \(outcome)"); return }
        #expect(saved.changes == [FieldChange(field: "sidst_verificeret", old: "2026-10-01", new: "2026-12-01")])
        #expect(try site.service.auditTrail(subject: "rygestop").first?.action == .verified)
        #expect(try site.directory.offer(id: "rygestop").offer.lastVerified == today)
    }

    @Test func endingAnOfferKeepsItsFile() throws {
        let site = try EditorialFixture()
        guard case .saved = try site.service.save(try site.edit("boernevaegt", ["status": "ophoert"]), by: EditorialFixture.health) else {
            Issue.record("ikke gemt"); return
        }
        #expect(site.file("boernevaegt").contains("status: ophoert"))
        #expect(try site.directory.search(SearchRequest(text: "overvægt")).results.allSatisfy { $0.offer.id != "boernevaegt" })
    }

    @Test func aPathInAnIdIsRefused() throws {
        let site = try EditorialFixture()
        for id in ["../kommune", "tilbud/../../x", "rygestop.yaml", "/etc/passwd"] {
            #expect(throws: DirectoryError.self) { try site.service.editableOffer(id: id) }
            #expect(throws: DirectoryError.self) {
                try site.service.save(OfferEdit(id: id, texts: ["navn": "x"], baseVersion: "ny"), by: EditorialFixture.admin)
            }
        }
    }

    @Test func eachSaveIsCommittedWithTheEditorAsAuthorWhenTheCatalogueIsAGitWorkTree() async throws {
        let site = try EditorialFixture()
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=T", "-c", "user.email=t@t", "commit", "-qm", "start"]] {
            _ = try await CommandRunner.run("/usr/bin/git", arguments, workingDirectory: site.catalog.path)
        }
        guard case let .saved(saved) = try await site.service.save(try site.edit("rygestop", ["pris": "Gratis"]), by: EditorialFixture.health) else {
            Issue.record("ikke gemt"); return
        }
        #expect(saved.commit != nil && saved.notes.isEmpty, "\(saved.notes)")
        let log = try await CommandRunner.run("/usr/bin/git", ["log", "-1", "--format=%an|%s", "--stat"], workingDirectory: site.catalog.path)
        #expect(log.stdout.hasPrefix("Hanne Sund|Redaktionen: Hanne Sund gemte ændringer rygestop"), "\(log.stdout)")
        #expect(log.stdout.contains("tilbud/rygestop.yaml"))
        let status = try await CommandRunner.run("/usr/bin/git", ["status", "--porcelain"], workingDirectory: site.catalog.path)
        #expect(status.stdout.isEmpty, "\(status.stdout)")
    }

    /// The audit log refuses the entry (a real SQLite trigger, as a full disk would): the save fails
    /// with a Danish message saying nothing changed, and nothing did (file, git, index); the same
    /// form saves once the log works again, without a conflict.
    @Test func anAuditLogThatCannotBeWrittenLeavesEverythingAsItWasAndARetrySaves() throws {
        let site = try EditorialFixture()
        try site.makeGitWorkTree()
        let before = site.file("rygestop")
        let edit = try site.edit("rygestop", ["kontakt.telefon": "43 57 00 00"])
        try site.breakAuditLog()
        let error = #expect(throws: DirectoryError.self) { try site.service.save(edit, by: EditorialFixture.health) }
        #expect(error?.description.contains("Intet er ændret") == true, "\(String(describing: error))")
        #expect(site.file("rygestop") == before)
        #expect(try site.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(try site.git(["rev-list", "--count", "HEAD"]).stdout == "1\n")
        #expect(try site.directory.offer(id: "rygestop").offer.contact.phone == "12 34 56 78")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.catalog.at("tilbud")).sorted()
            == ["boernevaegt.yaml", "rygestop.yaml", "vennekreds.yaml"])
        #expect(try site.service.auditTrail(subject: "rygestop").isEmpty)

        try site.repairAuditLog()
        let retry = try site.service.save(edit, by: EditorialFixture.health)
        guard case let .saved(saved) = retry else { Issue.record("the retry did not save: \(retry)"); return }
        #expect(saved.commit != nil && saved.notes.isEmpty, "\(saved.notes)")
        #expect(site.file("rygestop").contains("telefon: 43 57 00 00"))
        #expect(try site.service.auditTrail(subject: "rygestop").map(\.commit) == [saved.commit])
    }

    /// git could not commit a save (another git held the work tree's index lock): at the next
    /// start the saved file is committed with the editor who saved it as author.
    @Test func aSaveGitCouldNotCommitIsCommittedAtTheNextStartByItsEditor() throws {
        let site = try EditorialFixture()
        try site.makeGitWorkTree()
        let indexLock = site.catalog.at(".git/index.lock")
        FileManager.default.createFile(atPath: indexLock, contents: Data())
        let outcome = try site.service.save(try site.edit("rygestop", ["pris": "Gratis"]), by: EditorialFixture.health)
        guard case let .saved(saved) = outcome else { Issue.record("ikke gemt: \(outcome)"); return }
        #expect(saved.commit == nil && saved.notes.count == 1, "\(saved.notes)")
        try FileManager.default.removeItem(atPath: indexLock)

        let restarted = try EditorialService(directory: site.directory, stateFolder: site.state.path)
        #expect(try site.git(["status", "--porcelain"]).stdout.isEmpty, "the save is still not in git")
        #expect(try site.git(["log", "-1", "--format=%an|%s"]).stdout.hasPrefix("Hanne Sund|Redaktionen: Hanne Sund gemte ændringer rygestop"))
        #expect(try restarted.auditTrail(subject: "rygestop").first?.commit != nil)
    }

    /// Control characters (a bell, an escape sequence, a NUL) and bidi overrides or isolates (which
    /// can make text read differently from what it is) never reach the catalogue.
    @Test func controlAndBidiCharactersAreStrippedFromWhatIsSaved() throws {
        let site = try EditorialFixture()
        let outcome = try site.service.save(try site.edit("rygestop", [
            "tid": "Mandag\u{7} kl. 10\u{202E}01 .lk\u{0}",
            "beskrivelse": "Første\u{2066} linje\u{2069}\r\nAnden\u{1B}[31m linje\u{202A}",
        ]), by: EditorialFixture.health)
        guard case .saved = outcome else { Issue.record("ikke gemt: \(outcome)"); return }
        let offer = try site.directory.offer(id: "rygestop").offer
        #expect(offer.schedule == "Mandag kl. 1001 .lk")
        #expect(offer.description == "Første linje\nAnden[31m linje")
        let admin = EditorialFixture.admin
        let synonyms = try site.service.editableFile("synonymer.yaml", by: admin)
        let saved = try site.service.saveFile("synonymer.yaml", text: synonyms.text + "\"tobak\u{202E}\u{7}\": [rygestop]\n",
                                              baseVersion: synonyms.version, by: admin)
        guard case .saved = saved else { Issue.record("ikke gemt: \(saved)"); return }
        let files = [site.file("rygestop"), (try? String(contentsOfFile: site.catalog.at("synonymer.yaml"), encoding: .utf8)) ?? ""]
        #expect(files[1].contains("tobak: [rygestop]") || files[1].contains("\"tobak\": [rygestop]"), "\(files[1])")
        for file in files {
            let bad = file.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
            #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
        }
    }

    @Test func everyBundledOfferIsInTheCanonicalFormAndReadsBackTheSame() throws {
        let index = TemporaryFolder("kanonisk")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: index.path)
        #expect(try directory.formatOffers(check: true).isEmpty)
        let catalog = try directory.validate()
        let folder = TemporaryFolder("rundtur")
        for entry in catalog.entries {
            let text = try CatalogWriter.offerYAML(entry.offer, defaultMunicipality: catalog.municipality.id)
            let reading = CatalogLoader().readOffer(Data(text.utf8), file: "x.yaml", id: entry.offer.id, municipality: catalog.municipality.id)
            #expect(reading.entry?.offer == entry.offer, "\(entry.file)")
            #expect(reading.entry?.offer.internalInfo == entry.offer.internalInfo)
            folder.write("\(entry.offer.id).yaml", text)
        }
        #expect(catalog.entries.count == 52)
    }
}
