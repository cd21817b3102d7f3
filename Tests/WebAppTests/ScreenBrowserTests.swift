@testable import Directory
import Foundation
import TestSupport
import Testing

/// The info screens in a real browser (`Scripts/screen_check.py`): a 1920×1080 screenshot whose QR
/// code zbarimg reads to the offer's address, the rotation, changes made in Redaktionen reaching
/// the untouched screen, axe-core, and the page without JavaScript. Fails, never skips, when a
/// piece is missing: `scripts/install-deps test` installs them. Screenshots land in `artefacts/`.
@Suite(.serialized) struct ScreenBrowserTests {
    @Test(.outsidePrograms) func aScreenRunsAndFollowsTheCatalogueInARealBrowser() async throws {
        for program in ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/zbarimg", BrowserTests.python] {
            try #require(FileManager.default.isExecutableFile(atPath: program), "\(program) mangler: kør scripts/install-deps test")
        }
        // A copy of the catalogue: the administrator in the browser saves into it.
        let copy = TemporaryFolder("skaerm-e2e-katalog")
        let catalog = copy.at("catalog")
        _ = try await CommandRunner.run("/bin/cp", ["-R", RepositoryPaths.catalog, catalog])
        let index = TemporaryFolder("skaerm-e2e")
        _ = try await OfferDirectory(catalogPath: catalog, indexPath: index.path).reindex()
        let stateFolder = TemporaryFolder("skaerm-e2e-tilstand")
        let state = stateFolder.path, password = "skaermens-adgangskode"
        let created = try await CommandRunner.tilbud(["bruger", "opret", "admin", "--administrator", "--tilstand", state,
                                                      "--catalog", catalog, "--index", index.path], input: password + "\n")
        try #require(created.status == 0, "\(created.stderr)")
        let result = try await CommandRunner.run(BrowserTests.python, [
            BrowserTests.scripts + "/screen_check.py", "--tilbud", RepositoryPaths.tilbudBinary, "--catalog", catalog,
            "--index", index.path, "--tilstand", state, "--bruger", "admin", "--artefacts", BrowserTests.artefacts,
            "--axe", try OutsideCheckers.axe(),
        ], environment: ["TILBUD_ADGANGSKODE": password])
        try #require(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        let passed = result.stdout.split(separator: "\n").filter { $0.hasPrefix("OK: ") }
        for line in ["zbarimg læser QR-koden i skærmbilledet som tilbuddets adresse", "adressen i QR-koden åbner tilbuddets side",
                     "skærmen skifter selv til andet tilbud", "skærmen viser nu kun de to tilbud", "skærmen viser den rettede tekst",
                     "det ophørte tilbud forsvinder fra skærmen", "intet hober sig op", "ingen brud på skærmen, mens den kører",
                     "ingen brud på skærmens formular med forhåndsvisning", "uden JavaScript henter siden selv det næste tilbud"] {
            #expect(passed.contains { $0.contains(line) }, "\(line)\n\(result.stdout)")
        }
        #expect(FileManager.default.fileExists(atPath: BrowserTests.artefacts + "/skaerm-borgerservice.png"))
    }
}
