import Foundation
import Testing
import TestSupport

/// The real `tilbud` binary, run as staff would run it.
@Suite(.serialized) struct CLITests {
    @Test func validateNamesFileAndLineAndExitsOneOnErrors() async throws {
        let fixture = CatalogFixture()
        fixture.write("brudt", "navn: Brudt\nkort: Mangler behov\nstatus: aktiv\nalder:\n  fra: 90\n  til: 10\n")
        let result = try await CommandRunner.tilbud(["validate", "--catalog", fixture.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("tilbud/brudt.yaml:4: fejl: alder.fra (90) er større end alder.til (10)"))
        #expect(result.stdout.contains("tilbud/brudt.yaml:1: fejl: 'behov' mangler"))
        // A running offer without a centre is an error too (it has no owner to remind).
        #expect(result.stdout.contains("tilbud/brudt.yaml:1: fejl: 'center' mangler"))
        #expect(result.stdout.contains("4 tilbud, 3 fejl"))
    }

    @Test func validateTheBundledCatalogue() async throws {
        let result = try await CommandRunner.tilbud(["validate", "--catalog", RepositoryPaths.catalog])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" 0 fejl"))
        #expect(result.stdout.contains("ingen kontaktoplysninger"))
    }

    @Test func indexRefusesABrokenCatalogueAndTheOldIndexStillAnswers() async throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        #expect(try await CommandRunner.tilbud(["index", "--catalog", fixture.path, "--index", index.path]).status == 0)
        fixture.write("rygestop", "navn: Rygestop\nkort: \"ikke lukket\n")
        let refused = try await CommandRunner.tilbud(["index", "--catalog", fixture.path, "--index", index.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("tilbud/rygestop.yaml:"))
        #expect(refused.stderr.contains("indekset er ikke ændret"))
        let search = try await CommandRunner.tilbud(["search", "--index", index.path, "rygestop"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("1. Rygestopkursus"))
    }

    @Test func searchPrintsWhoAndHowToGetIn() async throws {
        let index = try await bundledIndex()
        let result = try await CommandRunner.tilbud(["search", "--index", index.path, "rygestop"])
        #expect(result.status == 0)
        let first = try #require(result.stdout.components(separatedBy: "\n").first { $0.hasPrefix("1. ") })
        #expect(first.contains("Rygestop"))
        #expect(result.stdout.contains("For: "))
        #expect(result.stdout.contains("«"))
    }

    @Test func jsonIsOneObject() async throws {
        let index = try await bundledIndex()
        let result = try await CommandRunner.tilbud(["search", "--index", index.path, "--json", "--alder", "80", "ensomhed"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["alder"] as? Int == 80)
        #expect((object["resultater"] as? [Any])?.isEmpty == false)
    }

    @Test(arguments: ["\"rygestop", "AND OR NOT", String(repeating: "løb ", count: 2600), "🚭😀", "ryge\u{1}stop\u{1B}[2J", "NOT", "-", "*"])
    func strangeQueriesGiveAnAnswerNotACrash(_ text: String) async throws {
        let index = try await bundledIndex()
        let result = try await CommandRunner.tilbud(["search", "--index", index.path, text])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(!result.stdout.isEmpty)
    }

    @Test func emptyQueryWithOnlyFilters() async throws {
        let index = try await bundledIndex()
        let result = try await CommandRunner.tilbud(["search", "--index", index.path, "--alder", "80", "--behov", "ensomhed-og-faellesskab"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("tilbud fundet"))
    }

    @Test func badOptionsGiveDanishMessages() async throws {
        let index = try await bundledIndex()
        let age = try await CommandRunner.tilbud(["search", "--index", index.path, "--alder", "200", "x"])
        #expect(age.status != 0 && age.stderr.contains("--alder skal være mellem 0 og 130"))
        let access = try await CommandRunner.tilbud(["search", "--index", index.path, "--adgang", "snak", "x"])
        #expect(access.status != 0 && access.stderr.contains("Ukendt --adgang 'snak'"))
    }

    @Test func showPrintsAnOfferAndRejectsUnknownIDs() async throws {
        let index = try await bundledIndex()
        let shown = try await CommandRunner.tilbud(["show", "--index", index.path, "nada"])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("NADA"))
        #expect(shown.stdout.contains("Kilde: "))
        let unknown = try await CommandRunner.tilbud(["show", "--index", index.path, "findes-ikke"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("Der er intet tilbud med id 'findes-ikke'."))
    }

    @Test func searchWithoutAnIndexSaysHowToBuildOne() async throws {
        let empty = TemporaryFolder()
        let result = try await CommandRunner.tilbud(["search", "--index", empty.path, "x"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Byg det med `tilbud index`"))
    }
}

/// One index of the bundled catalogue per test process, built with the real binary and waited
/// for like every program, off Swift concurrency's pool.
private let sharedIndex = Task<TemporaryFolder, Error> {
    let folder = TemporaryFolder("indeks")
    let result = try await CommandRunner.tilbud(["index", "--catalog", RepositoryPaths.catalog, "--index", folder.path])
    guard result.status == 0 else { throw CLIFailure(message: result.stderr) }
    return folder
}

func bundledIndex() async throws -> TemporaryFolder { try await sharedIndex.value }

struct CLIFailure: Error { let message: String }
