import Accounts
import ArgumentParser
import Directory

struct Format: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Skriv tilbudsfilerne i den faste form, som Redaktionen gemmer i.",
        discussion: """
        Felterne kommer i vejledningens rækkefølge (catalog/README.md) og skrives på én måde, så en \
        ændring fra browseren kun ændrer de linjer, der faktisk er ændret. Kommentarer i tilbudsfilerne \
        forsvinder. Med --check ændres intet; kommandoen nævner filerne og afslutter med kode 1. \
        Kører Redaktionen på kataloget, venter kommandoen på dens gemmelås (i tilstandsmappen), så \
        en gemning aldrig skrives tilbage, som den var før.
        """
    )

    @Flag(name: .long, help: "Ændr intet; nævn filerne, der ikke er i den faste form.")
    var check = false

    @Option(name: .customLong("tilstand"),
            help: ArgumentHelp("Redaktionens tilstandsmappe, hvis gemmelås der ventes på.", valueName: "mappe"))
    var stateFolder = StateFolder.defaultPath

    @OptionGroup var locations: Locations

    func run() async throws {
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index)
        let files: [String]
        do { files = try await directory.formatOffers(check: check, stateFolder: stateFolder) } catch { throw fail(error) }
        for file in files { print(check ? "\(file): ikke i den faste form" : "\(file): skrevet i den faste form") }
        if files.isEmpty { print("Alle tilbudsfiler er i den faste form.") }
        if check, !files.isEmpty { throw ExitCode(1) }
    }
}
