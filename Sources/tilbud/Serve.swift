import Accounts
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

    @Option(name: .customLong("tilstand"), help: "Redaktionens tilstandsmappe: brugere, sessioner og formularnøglen (git-ignoreret).")
    var stateFolder = StateFolder.defaultPath

    @Flag(name: .customLong("https"), help: "Siden nås kun via HTTPS (en proxy foran): cookies sendes kun krypteret (Secure).")
    var https = false

    @Option(name: .customLong("session-minutter"), help: "Minutter uden aktivitet, før en redaktør logges ud.")
    var idleMinutes = 30

    @Option(name: .customLong("sso-header"), help: "Fælles login: headeren med brugernavnet, som en proxy foran sætter (fx X-Remote-User). Kun når serveren alene kan nås gennem den proxy.")
    var trustedUserHeader: String?

    @Option(name: .customLong("klientadresse-header"), help: "Bag en proxy: headeren med klientens adresse (fx X-Forwarded-For) til begrænsning af loginforsøg.")
    var clientAddressHeader: String?

    var editorialSettings: EditorialSettings {
        EditorialSettings(stateFolder: stateFolder, https: https, idleTimeout: .seconds(idleMinutes * 60),
                          trustedUserHeader: trustedUserHeader, clientAddressHeader: clientAddressHeader)
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port skal være mellem 0 og 65535.") }
        guard cache >= 0 else { throw ValidationError("--cache skal være 0 eller mere.") }
        guard idleMinutes >= 1 else { throw ValidationError("--session-minutter skal være 1 eller mere.") }
        if let problem = editorialSettings.problems.first { throw ValidationError(problem) }
    }

    func run() async throws {
        let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index,
                                       semantic: semanticOptions.configuration)
        if directory.index.currentDatabase() == nil {
            printError("tilbud: Der er intet søgeindeks i \(directory.index.directory) endnu; siden svarer 503, til `tilbud index` har bygget det.")
        }
        let editorial: EditorialAccess
        let editing: EditorialService
        do {
            editorial = try EditorialAccess(settings: editorialSettings, outside: [locations.catalog, locations.index])
            if try editorial.accounts.list().isEmpty {
                printError("tilbud: Redaktionen har ingen brugere endnu; opret en med `tilbud bruger opret NAVN --center ID`.")
            }
        } catch { throw fail(error) }
        do {
            editing = try EditorialService(directory: directory, stateFolder: editorialSettings.stateFolder)
        } catch { throw fail(error) }
        let host = self.host
        let app = buildApplication(directory: directory, configuration: WebConfiguration(host: host, port: port, cacheSize: cache),
                                   editorial: editorial, editing: editing) { port in
            // Written straight to the file descriptor, so scripts reading a pipe see it at once.
            FileHandle.standardOutput.write(Data("Tilbudsguide kører på http://\(host):\(port)/  (stop med Ctrl+C)\n".utf8))
        }
        try await app.runService()
    }
}
