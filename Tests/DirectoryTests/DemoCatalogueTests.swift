import Catalog
@testable import Directory
import Foundation
import OfferModel
import TestSupport
import Testing

/// `scripts/demo-katalog`, which `scripts/run` serves Redaktionen from: trying Redaktionen commits
/// into a catalogue work tree of its own and leaves the project's `catalog/` and history alone.
@Suite struct DemoCatalogueTests {
    static let script = RepositoryPaths.root + "/scripts/demo-katalog"

    func git(_ arguments: [String], in folder: String) throws -> String {
        try CommandRunner.runBlocking("/usr/bin/git", arguments, workingDirectory: folder).stdout
    }

    @Test func aSaveInTheDemoIsCommittedThereAndNotInTheProject() throws {
        let state = TemporaryFolder("demo-tilstand")
        let catalog = state.at(".tilstand/katalog")
        let made = try CommandRunner.runBlocking(Self.script, [catalog])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: state.at(".tilstand"))[.posixPermissions] as? Int == 0o700)
        #expect(try git(["rev-parse", "--show-toplevel"], in: catalog) == catalog + "\n")
        #expect(try git(["rev-parse", "HEAD:"], in: catalog) == (try git(["rev-parse", "HEAD:catalog"], in: RepositoryPaths.root)))
        let projectHead = try git(["rev-parse", "HEAD"], in: RepositoryPaths.root)
        let projectStatus = try git(["status", "--porcelain", "--", "catalog"], in: RepositoryPaths.root)

        let directory = OfferDirectory(catalogPath: catalog, indexPath: state.at("indeks"))
        _ = try directory.reindex()
        let service = try EditorialService(directory: directory, stateFolder: state.at(".tilstand"))
        let editable = try service.editableOffer(id: "demenscafe")
        var texts = OfferFields.values(of: editable.offer)
        texts["tid"] = "Prøvet i demoen"
        let outcome = try service.save(OfferEdit(id: "demenscafe", texts: texts, baseVersion: editable.version),
                                       by: Editor(name: "Anna Demo", scope: .administrator))
        guard case let .saved(saved) = outcome else { Issue.record("ikke gemt: \(outcome)"); return }
        #expect(saved.commit != nil && saved.notes.isEmpty, "\(saved.notes)")
        #expect(try git(["log", "-1", "--format=%an"], in: catalog) == "Anna Demo\n")
        #expect(try git(["rev-parse", "HEAD"], in: RepositoryPaths.root) == projectHead)
        #expect(try git(["status", "--porcelain", "--", "catalog"], in: RepositoryPaths.root) == projectStatus)

        // Made once: a second run keeps what was saved.
        #expect(try CommandRunner.runBlocking(Self.script, [catalog]).status == 0)
        #expect(try git(["log", "-1", "--format=%an"], in: catalog) == "Anna Demo\n")
    }
}
