import ArgumentParser
import Directory

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Læs tilbud fra andre formater ind som katalogfiler.",
        subcommands: [HSDS.self]
    )

    struct HSDS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hsds",
            abstract: "Læs en Open Referral HSDS 3.0-eksport (JSON) ind som et nyt katalog.",
            discussion: """
            Mappen skal indeholde services.json og gerne organizations.json og taxonomy_terms.json. \
            Eksempel: tilbud import hsds eksport/hsds --out katalog-fra-hsds
            """
        )

        @Argument(help: "Mappen med HSDS-eksporten.")
        var folder: String

        @Option(name: .long, help: "Mappen, det nye katalog skrives i; den skal være tom eller ikke findes.")
        var out: String

        func run() async throws {
            let directory = OfferDirectory(catalogPath: out)
            let report: ImportReport
            do { report = try await directory.importHSDS(from: folder, to: out) } catch { throw fail(error) }
            let catalog = report.catalog
            print("Importerede \(catalog.offers.count) tilbud, \(catalog.needs.count) behov og \(catalog.centres.count) centre til \(out) "
                + "(\(catalog.errors.count) fejl, \(catalog.warnings.count) advarsler; se `tilbud validate --catalog \(out)`).")
            for note in report.notes { print("Bemærk: \(note)") }
            if !catalog.isValid { throw ExitCode(1) }
        }
    }
}
