@testable import Directory
import Foundation
import TestSupport
import Testing

/// The real `tilbud serve` driven by Debian's headless Chromium through chromedriver and
/// python3-selenium (`Scripts/browser_check.py`). Fails, never skips, when a piece is missing:
/// `scripts/install-deps test` installs them. Screenshots land in `artefacts/`.
@Suite(.serialized) struct BrowserTests {
    static let python = "/usr/bin/python3"
    static let scripts = RepositoryPaths.root + "/Tests/WebAppTests/Scripts"
    static let artefacts = RepositoryPaths.root + "/Tests/WebAppTests/artefacts"
    /// The one list of pages the outside checkers read (axe-core here, the Nu checker in `HTMLValidityTests`).
    static let pages = scripts + "/sider.txt"

    @Test(.outsidePrograms) func staffFindChooseAndPrintInARealBrowser() async throws {
        for program in ["/usr/bin/chromium", "/usr/bin/chromedriver", Self.python] {
            try #require(FileManager.default.isExecutableFile(atPath: program), "\(program) mangler: kør scripts/install-deps test")
        }
        // A copy of the catalogue: the editor in the browser saves into it.
        let copy = TemporaryFolder("web-e2e-katalog")
        let catalog = copy.at("catalog")
        _ = try await CommandRunner.run("/bin/cp", ["-R", RepositoryPaths.catalog, catalog])
        let index = TemporaryFolder("web-e2e")
        _ = try await OfferDirectory(catalogPath: catalog, indexPath: index.path).reindex()
        // An editor of one centre, made as a municipality makes one: the password on standard input.
        let stateFolder = TemporaryFolder("web-e2e-tilstand")
        let state = stateFolder.path, password = "browserens-adgangskode"
        let created = try await CommandRunner.tilbud(["bruger", "opret", "redaktoer", "--center", "sundhedsplejen", "--tilstand", state,
                                                "--catalog", catalog, "--index", index.path], input: password + "\n")
        try #require(created.status == 0, "\(created.stderr)")
        let result = try await CommandRunner.run(Self.python, [
            Self.scripts + "/browser_check.py", "--tilbud", RepositoryPaths.tilbudBinary, "--catalog", catalog, "--index", index.path,
            "--tilstand", state, "--bruger", "redaktoer", "--artefacts", Self.artefacts, "--axe", try OutsideCheckers.axe(),
            "--pages", Self.pages,
        ], environment: ["TILBUD_ADGANGSKODE": password])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("OK: borgerarket fylder én side ved udskrift"))
        #expect(result.stdout.contains("OK: 3 tilbud fylder 1 side(r) ved udskrift"))
        #expect(result.stdout.contains("OK: 6 tilbud fylder 2 side(r) ved udskrift"))
        #expect(result.stdout.contains("OK: 'Tilbage til søgningen' fører tilbage til søgningen 'motion'"))
        #expect(result.stdout.contains("OK: 'Ny borger' rydder valget"))
        #expect(result.stdout.contains("OK: 'Tilbage til søgningen' fra tilbuddet giver samme søgning"))
        #expect(result.stdout.contains("OK: over LIX 40 giver formularen et råd, mens man skriver"))
        #expect(result.stdout.contains("OK: med den klare tekst forsvinder rådet"))
        #expect(result.stdout.contains("OK: filtrene er foldet sammen bag én knap ved 390 px"))
        #expect(result.stdout.contains("OK: det første resultat ses på første skærm ved 390 px"))
        let pageCount = try OutsideCheckers.pages().count
        #expect(result.stdout.contains("OK: axe-core 4.12.1 tjekkede \(pageCount) sider ved 1280 px"), "\(result.stdout)")
        #expect(result.stdout.contains("OK: axe-core 4.12.1 tjekkede \(pageCount) sider ved 390 px"), "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: Self.artefacts + "/soegning.png"))
        #expect(FileManager.default.fileExists(atPath: Self.artefacts + "/borgerark.png"))
        #expect(result.stdout.contains("OK: siden siger, hvem der er logget ind"))
        #expect(FileManager.default.fileExists(atPath: Self.artefacts + "/redaktion.png"))
        #expect(result.stdout.contains("OK: fejlmeldingen lukkes fra tilbuddets side"))
        #expect(result.stdout.contains("ingen brud på /redaktion/tilbud/sundhedsplejen"), "axe-core on Redaktionen's pages")
        #expect(result.stdout.contains("ingen brud på formularen med fejl"))
        #expect(FileManager.default.fileExists(atPath: Self.artefacts + "/redaktion-arbejdsliste.png"))
        #expect(FileManager.default.fileExists(atPath: Self.artefacts + "/redaktion-formular.png"))
    }
}

/// Real API answers fit the schemas of `/openapi.json` (checked with python3-jsonschema).
@Suite struct OpenAPIDocumentTests {
    @Test func realAnswersFitTheDocument() async throws {
        let site = TestSite.bundled
        let folder = TemporaryFolder("openapi")
        let document = try await site.get("/openapi.json")
        folder.write("openapi.json", document.text)
        var pairs: [String] = []
        let answers: [(String, String)] = [
            ("SearchResponse", "/api/search?q=82-%C3%A5rig+enkemand+der+sidder+meget+alene"),
            ("SearchResponse", "/api/search?q=sukkersyge&alder=67&limit=200"),
            ("SearchResponse", "/api/search?q=demenz&behov=demens&adgang=henvisning"),
            ("SearchResponse", "/api/search?q=xyzzy"),
            ("SearchResponse", "/api/search?limit=0"),
            ("Offer", "/api/tilbud/forloebsprogrammer"),
            ("Offer", "/api/tilbud/ung-paa-vej"),
            ("Error", "/api/tilbud/findes-ikke"),
            ("Error", "/api/search?alder=x"),
        ]
        for (index, (schema, uri)) in answers.enumerated() {
            let answer = try await site.get(uri)
            pairs.append("\(schema)=" + folder.write("svar-\(index).json", answer.text))
        }
        let result = try await CommandRunner.run(BrowserTests.python,
                                           [BrowserTests.scripts + "/openapi_check.py", folder.at("openapi.json")] + pairs)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    }
}
