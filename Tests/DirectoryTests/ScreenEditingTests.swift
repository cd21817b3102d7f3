import Catalog
@testable import Directory
import Editorial
import Foundation
import OfferModel
import TestSupport
import Testing

/// An administrator edits a screen; the save takes the path of every shared file.
@Suite struct ScreenEditingTests {
    static let screens = "kantinen:\n  titel: Kantinen\n  tilbud: [rygestop]\n"

    @Test func aSavedScreenIsInTheFileTheIndexAndTheAuditLog() throws {
        let site = try EditorialFixture()
        site.catalog.folder.write("skaerme.yaml", Self.screens)
        _ = try site.directory.reindex()
        let editable = try site.service.editableScreens(by: EditorialFixture.admin)
        var screen = try #require(editable.screens.first)
        screen.offers = ["vennekreds", "rygestop"]
        screen.seconds = 25
        screen.theme = "Sundhed for alle"
        let outcome = try site.service.saveScreen(screen, replacing: "kantinen", baseVersion: editable.version, by: EditorialFixture.admin)
        guard case let .saved(version, notes) = outcome else { Issue.record("ikke gemt: \(outcome)"); return }
        #expect(notes.isEmpty, "\(notes)")
        let text = try String(contentsOfFile: site.catalog.at("skaerme.yaml"), encoding: .utf8)
        #expect(text == (try CatalogWriter.screensYAML([screen])))
        #expect(version == EditorialService.version(of: Data(text.utf8)))
        #expect(try site.directory.screenShow(id: "kantinen")?.slides.map(\.offer.id) == ["vennekreds", "rygestop"])
        let trail = try site.service.auditTrail(subject: "skaerme.yaml")
        #expect(trail.count == 1 && trail[0].user == "Admin" && trail[0].changes.contains { $0.new.contains("vennekreds") })
    }

    @Test func aNewScreenGetsAnIDFromItsTitle() throws {
        let site = try EditorialFixture()
        let editable = try site.service.editableScreens(by: EditorialFixture.admin)
        #expect(editable.screens.isEmpty && editable.version == "ny")
        let outcome = try site.service.saveScreen(Screen(id: "", title: "Ishøj Lægecenter", offers: ["rygestop"]), replacing: nil,
                                                  baseVersion: editable.version, by: EditorialFixture.admin)
        guard case .saved = outcome else { Issue.record("ikke gemt: \(outcome)"); return }
        #expect(try site.directory.screens().map(\.id) == ["ishoej-laegecenter"])
    }

    @Test func anUnknownOfferIsRefusedAndNothingIsWritten() throws {
        let site = try EditorialFixture()
        site.catalog.folder.write("skaerme.yaml", Self.screens)
        let editable = try site.service.editableScreens(by: EditorialFixture.admin)
        let outcome = try site.service.saveScreen(Screen(id: "kantinen", title: "Kantinen", seconds: 3, offers: ["findes-ikke"]),
                                                  replacing: "kantinen", baseVersion: editable.version, by: EditorialFixture.admin)
        guard case let .invalid(findings) = outcome else { Issue.record("burde afvises: \(outcome)"); return }
        #expect(findings.contains { $0.message.contains("ukendt tilbud 'findes-ikke'") })
        #expect(findings.contains { $0.message.contains("'sekunder' skal ligge mellem 5 og 600") })
        #expect(try String(contentsOfFile: site.catalog.at("skaerme.yaml"), encoding: .utf8) == Self.screens)
    }

    @Test func onlyAnAdministratorAndOnlyFromTheCurrentVersion() throws {
        let site = try EditorialFixture()
        site.catalog.folder.write("skaerme.yaml", Self.screens)
        #expect(throws: DirectoryError.self) { try site.service.editableScreens(by: EditorialFixture.health) }
        #expect(throws: DirectoryError.self) {
            try site.service.saveScreen(Screen(id: "kantinen", title: "K", offers: ["rygestop"]), replacing: "kantinen",
                                        baseVersion: "ny", by: EditorialFixture.health)
        }
        let outcome = try site.service.saveScreen(Screen(id: "kantinen", title: "K", offers: ["rygestop"]), replacing: "kantinen",
                                                  baseVersion: "gammel", by: EditorialFixture.admin)
        guard case .conflict = outcome else { Issue.record("burde give konflikt: \(outcome)"); return }
        #expect(try String(contentsOfFile: site.catalog.at("skaerme.yaml"), encoding: .utf8) == Self.screens)
    }
}
