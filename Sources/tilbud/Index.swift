import ArgumentParser
import Directory
import OfferIndex

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Byg søgeindekset fra kataloget.",
        discussion: """
        Kataloget kontrolleres først; har det fejl, bliver det gamle indeks stående. \
        Det nye indeks bygges ved siden af det gamle og skiftes ind, når det er helt færdigt.
        """
    )

    @OptionGroup var locations: Locations

    @Flag(name: .long, help: "Kun stammede ord: ingen stavedata og ingen opdeling af sammensatte ord.")
    var plain = false

    func run() throws {
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index)
        do {
            let (catalog, report) = try directory.reindex(options: plain ? .plain : IndexOptions())
            let warnings = catalog.warnings.count
            print("Indekserede \(report.offers) tilbud på \(String(format: "%.2f", report.seconds)) s (\(warnings) advarsler; se `tilbud validate`).")
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
