import Foundation
import Testing
import TestSupport

/// The `tilbud export` and `tilbud import` commands, run as a user would.
@Suite struct ExportCommandTests {
    @Test func sundhedDKWithSinceReportsTheOneEditedOffer() async throws {
        let catalog = try ExportFixture.copyOfBundledCatalog()
        let out = TemporaryFolder("cli")
        let first = try await CommandRunner.tilbud(["export", "sundhed-dk", "--catalog", catalog.path, "--out", out.at("foer")])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Eksporterede "))

        let file = catalog.at("tilbud/boblberg.yaml")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "  web: boblberg.dk", with: "  web: boblberg.dk/ishoej")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let second = try await CommandRunner.tilbud(["export", "sundhed-dk", "--catalog", catalog.path, "--out", out.at("efter"),
                                               "--since", out.at("foer")])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("siden forrige eksport: 0 nye, 1 ændret, 0 udgåede (se aendringer.md)."))
        let changes = try String(contentsOfFile: out.at("efter/aendringer.md"), encoding: .utf8)
        #expect(changes.contains("### Boblberg.dk (`boblberg`)\n\n**Web**\n\nFør:\n\n> boblberg.dk\n\nNu:\n\n> boblberg.dk/ishoej\n\n## Udgåede"))
    }

    @Test func hsdsFhirAndImportRun() async throws {
        let out = TemporaryFolder("cli")
        let hsds = try await CommandRunner.tilbud(["export", "hsds", "--catalog", RepositoryPaths.catalog, "--out", out.at("hsds")])
        #expect(hsds.status == 0, "\(hsds.stderr)")
        #expect(hsds.stdout.contains("som HSDS 3.0"))
        let fhir = try await CommandRunner.tilbud(["export", "fhir", "--catalog", RepositoryPaths.catalog, "--out", out.at("tilbud.fhir.json")])
        #expect(fhir.status == 0, "\(fhir.stderr)")
        #expect(fhir.stdout.contains("som FHIR R4-bundle"))
        let imported = try await CommandRunner.tilbud(["import", "hsds", out.at("hsds"), "--out", out.at("katalog")])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("0 fejl"))
        let again = try await CommandRunner.tilbud(["import", "hsds", out.at("hsds"), "--out", out.at("katalog")])
        #expect(again.status == 1)
        #expect(again.stderr.contains("er ikke tom"))
    }

    @Test func aCatalogueWithErrorsIsNotExported() async throws {
        let fixture = CatalogFixture()
        fixture.write("fejl", "navn: Uden behov\nkort: Mangler behov.\nstatus: aktiv\n")
        let out = TemporaryFolder("cli")
        let result = try await CommandRunner.tilbud(["export", "hsds", "--catalog", fixture.path, "--out", out.at("hsds")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'behov' mangler"))
        #expect(result.stderr.contains("så der er ikke eksporteret noget"))
        #expect(!FileManager.default.fileExists(atPath: out.at("hsds")))
    }
}
