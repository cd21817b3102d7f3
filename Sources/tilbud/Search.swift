import ArgumentParser
import Directory
import Foundation
import OfferModel

struct Search: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Søg efter tilbud med borgerens egne ord.",
        discussion: "Eksempel: tilbud search \"82-årig enkemand der sidder meget alene\""
    )

    @Argument(help: "Hvad borgeren har brug for, med almindelige ord. Må være tom, hvis der er filtre.")
    var text: [String] = []

    @Option(name: .long, help: "Borgerens alder i år.")
    var alder: Int?

    @Option(name: .long, help: "Kun tilbud med dette behov (id fra behov.yaml). Kan gentages.")
    var behov: [String] = []

    @Option(name: .long, help: "Kun tilbud fra dette center (id fra centre.yaml). Kan gentages.")
    var center: [String] = []

    @Option(name: .long, help: "Kun tilbud med denne adgang: egen-henvendelse, henvisning-fra-laege eller visitation.")
    var adgang: [String] = []

    @Option(name: .long, help: "Kun tilbud fra denne kommune (id).")
    var kommune: String?

    @Option(name: .long, help: "Højst så mange resultater.")
    var limit = 10

    @Flag(name: .long, help: "Skriv svaret som ét JSON-objekt (se docs/soegning.md).")
    var json = false

    @OptionGroup var locations: Locations
    @OptionGroup var semanticOptions: SemanticOptions

    func validate() throws {
        if let alder, !(0...130).contains(alder) { throw ValidationError("--alder skal være mellem 0 og 130.") }
        if limit < 0 || limit > SearchRequest.maxLimit { throw ValidationError("--limit skal være mellem 0 og \(SearchRequest.maxLimit).") }
        for value in adgang where Access(rawValue: value) == nil {
            throw ValidationError("Ukendt --adgang '\(value)'. Brug egen-henvendelse, henvisning-fra-laege eller visitation.")
        }
    }

    func run() async throws {
        let request = SearchRequest(text: text.joined(separator: " "), age: alder, needs: behov, centres: center,
                                    access: adgang.compactMap(Access.init(rawValue:)), municipality: kommune, limit: limit)
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index,
                                       semantic: semanticOptions.configuration)
        let response: SearchResponse
        do { response = try await directory.search(request) } catch { throw fail(error) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(response), as: UTF8.self))
        } else {
            print(ResultPrinter(colour: isatty(STDOUT_FILENO) != 0).render(response), terminator: "")
        }
    }
}
