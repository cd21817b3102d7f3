import Catalog
@testable import Directory
import Foundation
import OfferModel
import TestSupport

/// The small fixture catalogue, indexed, with Redaktionen's state folder: each test gets its own.
/// `@unchecked Sendable`: every property is immutable and itself thread-safe (folders, the service).
struct EditorialFixture: @unchecked Sendable {
    let catalog = CatalogFixture()
    let index = TemporaryFolder("redaktion-indeks")
    let state = TemporaryFolder("redaktion-tilstand")
    let directory: OfferDirectory
    let service: EditorialService

    static let health = Editor(name: "Hanne Sund", scope: .centre("sundhedscenter"))
    static let elderly = Editor(name: "Ældre Ib", scope: .centre("aeldrecenter"))
    static let admin = Editor(name: "Admin", scope: .administrator)

    init(post: PostOffice? = nil) throws {
        directory = OfferDirectory(catalogPath: catalog.path, indexPath: index.path)
        _ = try directory.reindex()
        service = try EditorialService(directory: directory, stateFolder: state.path, post: post)
    }

    func file(_ id: String) -> String {
        (try? String(contentsOfFile: catalog.at("tilbud/\(id).yaml"), encoding: .utf8)) ?? ""
    }

    /// The form of an offer as it is now, with one field changed.
    func edit(_ id: String, _ changes: [String: String]) throws -> OfferEdit {
        let editable = try service.editableOffer(id: id)
        var texts = OfferFields.values(of: editable.offer)
        for (field, value) in changes { texts[field] = value }
        return OfferEdit(id: id, texts: texts, baseVersion: editable.version)
    }
}

extension EditorialFixture {
    /// Makes the fixture catalogue a git work tree with everything committed.
    func makeGitWorkTree() throws {
        for arguments in [["init", "-q"], ["add", "."], ["commit", "-qm", "start"]] {
            _ = try git(arguments)
        }
    }

    /// git run in the catalogue folder.
    @discardableResult
    func git(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.runBlocking("/usr/bin/git", ["-c", "user.name=T", "-c", "user.email=t@t.invalid"] + arguments,
                                      workingDirectory: catalog.path)
    }

    /// Runs sql on Redaktionen's database through another connection (Python's sqlite3, the
    /// same SQLite file format), as an administrator or a failing disk would change it.
    func sql(_ sql: String) throws {
        let script = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.executescript(sys.argv[2])\nc.commit()"
        let result = try CommandRunner.runBlocking("/usr/bin/python3", ["-c", script, state.at("redaktion.sqlite"), sql])
        precondition(result.status == 0, result.stderr)
    }

    /// The audit log refuses every new entry, as a full disk or a damaged file would.
    func breakAuditLog() throws {
        try sql("CREATE TRIGGER fuld_disk BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disken er fuld'); END;")
    }

    func repairAuditLog() throws {
        try sql("DROP TRIGGER fuld_disk;")
    }
}

extension CatalogFixture {
    func at(_ relative: String) -> String { folder.at(relative) }
}
