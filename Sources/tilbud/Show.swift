import ArgumentParser
import Directory
import OfferModel

struct Show: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Vis ét tilbud med alle oplysninger.")

    @Argument(help: "Tilbuddets id (filnavnet uden .yaml).")
    var id: String

    @OptionGroup var locations: Locations

    func run() async throws {
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index)
        let detail: OfferDetail
        do { detail = try await directory.offer(id: id) } catch { throw fail(error) }
        print(OfferPrinter.render(detail), terminator: "")
    }
}

/// Every public field of one offer, as labelled Danish lines.
enum OfferPrinter {
    static func render(_ detail: OfferDetail) -> String {
        let offer = detail.offer
        var lines: [(String, String)] = [
            ("Kort", offer.summary),
            ("Status", offer.status.label),
            ("Behov", detail.needs.map(\.name).joined(separator: ", ")),
            ("Alder", offer.ages.isOpen ? "" : offer.ages.label),
            ("Målgruppe", offer.audience),
            ("Center", detail.centre?.name ?? offer.centre),
            ("Adgang", offer.access.map(\.label).joined(separator: ", ")),
            ("Henvisning", offer.referral),
            ("Tid", offer.schedule),
            ("Pris", offer.price),
            ("Sted", [offer.place.name, offer.place.address].filter { !$0.isEmpty }.joined(separator: ", ")),
            ("Kontakt", detail.contact.text),
            ("Sprog", offer.languages.joined(separator: ", ")),
            ("Tilbudstype", offer.kind?.label ?? ""),
            ("Ansvarlig", offer.owner),
            ("Bekræftet af centret", offer.lastVerified?.danishLong ?? ""),
            ("Kommune", detail.municipality.id == offer.municipality ? detail.municipality.name : offer.municipality),
            ("Kilde", offer.sources.joined(separator: "; ")),
        ]
        lines = lines.filter { !$0.1.isEmpty }
        var out = "\(offer.name)  (\(offer.id))\n\n"
        for (label, value) in lines { out += "\(label): \(value)\n" }
        if !offer.description.isEmpty { out += "\n\(offer.description)\n" }
        return out
    }
}
