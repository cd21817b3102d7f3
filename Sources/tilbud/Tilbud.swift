import ArgumentParser

/// `tilbud`: the command-line face of Tilbudsguide.
@main
struct Tilbud: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tilbud",
        abstract: "Søg i kommunens sundhedstilbud og hold kataloget ved lige.",
        subcommands: [Validate.self, Index.self, Search.self, Show.self, Serve.self, Handout.self, Export.self, Import.self,
                      Format.self, Bruger.self]
    )
}

/// Where the catalogue and the index are.
struct Locations: ParsableArguments {
    @Option(name: .long, help: "Kataloget: en mappe (som catalog/) eller en JSON Lines-fil.")
    var catalog = "catalog"

    @Option(name: .long, help: "Mappen med søgeindekset.")
    var index = "index"
}
