import ArgumentParser
import Directory
import OfferModel

struct Index: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Byg søgeindekset fra kataloget.",
        discussion: """
        Kataloget kontrolleres først; har det fejl, bliver det gamle indeks stående. \
        Er kun få tilbud ændret, skrives kun de ind i indekset (i én atomisk gemning); ellers \
        bygges et nyt indeks ved siden af det gamle og skiftes ind, når det er helt færdigt.
        """
    )

    @OptionGroup var locations: Locations
    @OptionGroup var semanticOptions: SemanticOptions

    @Flag(name: .long, help: "Kun stammede ord: ingen stavedata og ingen opdeling af sammensatte ord.")
    var plain = false

    @Flag(name: .long, help: "Byg hele indekset forfra, selv om kun få tilbud er ændret.")
    var fuld = false

    func run() async throws {
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index,
                                       semantic: semanticOptions.configuration, logger: LogSetup.command())
        do {
            let (catalog, report) = try await directory.reindex(options: plain ? .plain : IndexOptions(), full: fuld)
            let warnings = catalog.warningCount
            let time = String(format: "%.2f", report.seconds)
            switch report.mode {
            case .full:
                print("Indekserede \(report.offers) tilbud på \(time) s (\(warnings) advarsler; se `tilbud validate`).")
            case .incremental:
                print("Opdaterede indekset på \(time) s: \(report.changed) ændrede eller nye og \(report.removed) fjernede af \(report.offers) tilbud (\(warnings) advarsler).")
            }
            print("Indeks: \(report.database)")
        } catch {
            if case let .invalidCatalog(errors) = error {
                for finding in errors { printError(finding.description) }
            }
            throw fail(error)
        }
    }
}

import Foundation
