import Accounts
@testable import Directory
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
@testable import WebApp

/// An offer's page in Redaktionen on the live server: what it says when a change cannot be
/// recorded, and how it shows what people wrote.
@Suite struct OfferEditorPageTests {
    /// The audit log refuses the entry (a real SQLite trigger, as a full disk would): the page says
    /// in Danish that nothing was saved (not that the search is not ready), and the same form
    /// saves once the log works again.
    @Test func anAuditLogThatCannotBeWrittenSaysNothingChangedAndTheSameFormSavesLater() async throws {
        let site = try EditorialSite()
        let database = site.state.at("tilstand/redaktion.sqlite")
        try await site.run { client in
            var anna = Visitor(client)
            _ = try await anna.logIn("anna")
            let page = try await anna.get("/redaktion/tilbud/rygestop")
            let fields = [("formular_token", page.formToken ?? ""), ("version", try #require(page.version)), ("tilbage", "tilbud")]
            try Self.sql(database, "CREATE TRIGGER fuld_disk BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disken er fuld'); END;")
            let refused = try await anna.post("/redaktion/tilbud/rygestop/verificer", fields)
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.text.contains("Intet er ændret"), "\(refused.text)")
            #expect(!refused.text.contains("Søgningen er ikke klar"))
            #expect(try await site.editing.editableOffer(id: "rygestop").version == page.version)
            try Self.sql(database, "DROP TRIGGER fuld_disk;")
            let saved = try await anna.post("/redaktion/tilbud/rygestop/verificer", fields)
            #expect(saved.status == .ok, "\(saved.text.prefix(500))")
            #expect(saved.text.contains("Gemt."))
        }
    }

    /// Names and texts people typed are shown isolated (`<bdi>`), so a right-to-left name cannot
    /// turn the words around it.
    @Test func whatPeopleWroteIsIsolatedWhereItIsShown() async throws {
        let site = try EditorialSite()
        _ = try await site.editing.reportError(offerID: "rygestop", text: "الهاتف خطأ", reporter: "سارة")
        try await site.run { client in
            var anna = Visitor(client)
            _ = try await anna.logIn("anna")
            let page = try await anna.get("/redaktion/tilbud/rygestop")
            #expect(page.text.contains("Logget ind som <strong><bdi>anna</bdi></strong>"))
            #expect(page.text.contains("<bdi>سارة</bdi>"))
            #expect(page.text.contains("<bdi>الهاتف خطأ</bdi>"))
        }
    }

    static func sql(_ database: String, _ sql: String) throws {
        let script = "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.executescript(sys.argv[2])\nc.commit()"
        let result = try CommandRunner.runBlocking("/usr/bin/python3", ["-c", script, database, sql])
        #expect(result.status == 0, "\(result.stderr)")
    }
}

extension Page {
    /// The value of the page's first hidden `version` field.
    var version: String? {
        guard let start = text.range(of: "name=\"version\" value=\"") else { return nil }
        return String(text[start.upperBound...].prefix { $0 != "\"" })
    }
}
