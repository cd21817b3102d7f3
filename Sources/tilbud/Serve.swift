import ArgumentParser
import Directory
import Foundation
import WebApp

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start søgesiden til borgersamtaler (læser kun; følger indekset, når det bygges igen).",
        discussion: "Eksempel: tilbud serve --port 8080, og åbn http://127.0.0.1:8080/ i browseren."
    )

    @Option(name: .long, help: "Porten, serveren lytter på (0 vælger en ledig).")
    var port = 8080

    @Option(name: .long, help: "Adressen, serveren lytter på. 127.0.0.1 er kun denne maskine.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Hvor mange svar på gentagne søgninger der gemmes (0 slår det fra). De glemmes, når indekset bygges igen.")
    var cache = 2000

    @OptionGroup var locations: Locations
    @OptionGroup var semanticOptions: SemanticOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port skal være mellem 0 og 65535.") }
        guard cache >= 0 else { throw ValidationError("--cache skal være 0 eller mere.") }
    }

    func run() async throws {
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index,
                                       semantic: semanticOptions.configuration)
        if directory.index.currentDatabase() == nil {
            printError("tilbud: Der er intet søgeindeks i \(directory.index.directory) endnu; siden svarer 503, til `tilbud index` har bygget det.")
        }
        let host = self.host
        let app = buildApplication(directory: directory, configuration: WebConfiguration(host: host, port: port, cacheSize: cache)) { port in
            // Written straight to the file descriptor, so scripts reading a pipe see it at once.
            FileHandle.standardOutput.write(Data("Tilbudsguide kører på http://\(host):\(port)/  (stop med Ctrl+C)\n".utf8))
        }
        try await app.runService()
    }
}
