import ArgumentParser
import Directory

struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kontrollér kataloget og vis alle problemer som fil:linje: besked.",
        discussion: "Afslutter med kode 1, hvis der er fejl. Advarsler stopper ikke noget."
    )

    @OptionGroup var locations: Locations

    func run() async throws {
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index)
        let catalog: CatalogCheck
        do { catalog = try await directory.validate() } catch { throw fail(error) }
        for finding in catalog.findings { print(finding) }
        print(catalog.summary)
        if !catalog.isValid { throw ExitCode(1) }
    }
}

