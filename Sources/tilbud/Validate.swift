import ArgumentParser
import Directory

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kontrollér kataloget og vis alle problemer som fil:linje: besked.",
        discussion: "Afslutter med kode 1, hvis der er fejl. Advarsler stopper ikke noget."
    )

    @OptionGroup var locations: Locations

    func run() throws {
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index)
        let catalog: Catalog
        do { catalog = try directory.validate() } catch { throw fail(error) }
        for finding in catalog.findings { print(finding) }
        print(catalog.summary)
        if !catalog.isValid { throw ExitCode(1) }
    }
}

import Catalog
