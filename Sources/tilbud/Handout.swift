import ArgumentParser
import Directory
import Foundation
import OfferModel

struct Handout: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Lav et udskriftsklart PDF-handout til læger eller til en borger.",
        discussion: """
        Eksempler:
          tilbud handout --til laege --out sundhedstilbud.pdf
          tilbud handout --til borger --ids rygestopkursus,boblberg --out til-borgeren.pdf
        Lægeversionen har ét afsnit pr. behov; et tilbud med flere behov står kun under sit første.
        """
    )

    @Option(name: .long, help: "Hvem handoutet er til: laege eller borger.")
    var til: String

    @Option(name: .long, help: "Kun tilbud med dette behov (id fra behov.yaml). Kan gentages.")
    var behov: [String] = []

    @Option(name: .long, help: "Kun tilbud for en borger på denne alder.")
    var alder: Int?

    @Option(name: .long, help: "Kun tilbud fra dette center (id fra centre.yaml).")
    var center: String?

    @Option(name: .long, help: "Kun disse tilbud, i denne rækkefølge, adskilt af komma.")
    var ids: String?

    @Option(name: .long, help: "Kun de tilbud, en søgning efter denne tekst finder (som tilbud search), bedste først.")
    var tekst: String = ""

    @Option(name: .long, help: "PDF-filen, der skal skrives.")
    var out: String

    @OptionGroup var locations: Locations
    @OptionGroup var semanticOptions: SemanticOptions

    func validate() throws {
        if HandoutAudience(rawValue: til) == nil { throw ValidationError("Ukendt --til '\(til)'. Brug laege eller borger.") }
        if let alder, !(0...130).contains(alder) { throw ValidationError("--alder skal være mellem 0 og 130.") }
        if out.isEmpty { throw ValidationError("--out skal være et filnavn.") }
    }

    func run() async throws {
        let idList = (ids ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let request = HandoutRequest(audience: HandoutAudience(rawValue: til)!, needs: behov, age: alder, centre: center, ids: idList, text: tekst)
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index,
                                       semantic: semanticOptions.configuration)
        do {
            let handout = try await directory.handout(request)
            do {
                try handout.pdf.write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                printError("tilbud: Kunne ikke skrive \(out): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            let pages = handout.pageCount == 1 ? "1 side" : "\(handout.pageCount) sider"
            print("Skrev \(pages) til \(out) (\(handout.offerCount) tilbud).")
        } catch let error as DirectoryError {
            throw fail(error)
        }
    }
}
