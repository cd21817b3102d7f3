@testable import Directory
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing
@testable import WebApp

/// Redaktionen's screen pages over a live server: only an administrator, a preview that writes
/// nothing, and a save the screen shows at once.
@Suite struct ScreenEditorPageTests {
    static let screens = "venterum:\n  titel: Venterum\n  sekunder: 10\n  tilbud: [rygestop, vennekreds]\n"

    func makeSite() throws -> (EditorialSite, CatalogFixture) {
        let site = try EditorialSite()
        let catalog = try #require(site.site.catalog)
        catalog.folder.write("skaerme.yaml", Self.screens)
        _ = try site.site.directory.reindex()
        return (site, catalog)
    }

    @Test func anEditorOfACentreMayNotChangeTheScreens() async throws {
        let (site, _) = try makeSite()
        try await site.run { client in
            var editor = Visitor(client)
            _ = try await editor.logIn("anna")
            let page = try await editor.get("/redaktion/skaerme/venterum")
            #expect(page.status == .forbidden && page.text.contains("Kun en administrator kan ændre infoskærmene."))
        }
    }

    @Test func aPreviewWritesNothingAndASaveReachesTheScreen() async throws {
        let (site, catalog) = try makeSite()
        let file = catalog.folder.at("skaerme.yaml")
        try await site.run { client in
            var admin = Visitor(client)
            _ = try await admin.logIn("bo")
            let form = try await admin.get("/redaktion/skaerme/venterum")
            #expect(form.status == .ok && form.text.contains("id=\"plads-rygestop\" name=\"plads.rygestop\" value=\"1\""))
            let version = String(form.text[try #require(form.text.range(of: "name=\"version\" value=\"")).upperBound...].prefix { $0 != "\"" })
            var fields = [("formular_token", form.formToken ?? ""), ("version", version), ("titel", "Venterum"), ("tema", "Sundhed"),
                          ("sekunder", "8"), ("plads.vennekreds", "1"), ("plads.boernevaegt", "2"), ("plads.rygestop", ""),
                          ("behov", "rygning"), ("aldersgruppe", "voksne"), ("handling", "vis")]
            let preview = try await admin.post("/redaktion/skaerme/venterum", fields)
            #expect(preview.status == .ok && preview.text.contains("Skærmen viser 3 tilbud på skift, 8 sekunder hver"))
            #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.screens)
            fields[fields.count - 1] = ("handling", "gem")
            let saved = try await admin.post("/redaktion/skaerme/venterum", fields)
            #expect(saved.text.contains("Gemt. Skærmen viser ændringen inden for et minut."), "\(saved.text.prefix(2000))")
            let screen = try await admin.get("/skaerm/venterum/data")
            let offers = try #require((screen.json as? [String: Any])?["tilbud"] as? [[String: Any]])
            // The named two in their new order, then the selection's rygestop (rygning, all ages).
            #expect(offers.compactMap { $0["id"] as? String } == ["vennekreds", "boernevaegt", "rygestop"])
            let refused = try await admin.post("/redaktion/skaerme/venterum", [("formular_token", form.formToken ?? ""),
                                                                                ("version", version), ("titel", "Venterum"),
                                                                                ("sekunder", "otte"), ("handling", "gem")])
            #expect(refused.status == .unprocessableContent && refused.text.contains("Sekunder pr. tilbud skal være et helt tal"))
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("sekunder: 8"))
    }
}
