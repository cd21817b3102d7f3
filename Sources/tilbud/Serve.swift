import Accounts
import ArgumentParser
import Directory
import Foundation
import Logging
import Settings
import WebApp

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start søgesiden til borgersamtaler (læser kun; følger indekset, når det bygges igen).",
        discussion: """
        Eksempel: tilbud serve --port 8080, og åbn http://127.0.0.1:8080/ i browseren.

        Hver indstilling kan stå i en indstillingsfil (--indstillinger FIL eller \(Settings.fileVariable)), \
        i en miljøvariabel (TILBUDSGUIDE_PORT ...) og på kommandolinjen (--port, --indstilling nøgle=værdi); \
        kommandolinjen går forud for miljøet, der går forud for filen. En ukendt nøgle eller en forkert værdi \
        stopper starten med en dansk besked. Nøglerne: \(Setting.all.map(\.key).joined(separator: ", ")); \
        se docs/indstillinger.md. SIGTERM eller Ctrl+C stopper serveren pænt: den tager ikke imod flere \
        forbindelser, svarer dem, den er i gang med, og slutter med kode 0.
        """
    )

    @Option(name: .long, help: ArgumentHelp(Setting.port.help))
    var port: Int?

    @Option(name: .long, help: ArgumentHelp(Setting.host.help))
    var host: String?

    @Option(name: .long, help: ArgumentHelp(Setting.cache.help))
    var cache: Int?

    @Option(name: .long, help: ArgumentHelp(Setting.catalog.help))
    var catalog: String?

    @Option(name: .long, help: ArgumentHelp(Setting.index.help))
    var index: String?

    @Option(name: .customLong("log-niveau"), help: ArgumentHelp(Setting.logLevel.help))
    var logLevel: String?

    @Option(name: .customLong("log-format"), help: ArgumentHelp(Setting.logFormat.help))
    var logFormat: String?

    @Option(name: .customLong("tilstand"), help: ArgumentHelp(Setting.stateFolder.help))
    var stateFolder: String?

    @Flag(name: .customLong("https"), help: ArgumentHelp(Setting.https.help))
    var https = false

    @Option(name: .customLong("session-minutter"), help: ArgumentHelp(Setting.sessionMinutes.help))
    var idleMinutes: Int?

    @Option(name: .customLong("sso-header"), help: ArgumentHelp(Setting.loginHeader.help))
    var trustedUserHeader: String?

    @Option(name: .customLong("klientadresse-header"), help: ArgumentHelp(Setting.clientAddressHeader.help))
    var clientAddressHeader: String?

    @Option(name: .long, help: ArgumentHelp(Setting.semantic.help))
    var semantik: String?

    @Option(name: .long, help: ArgumentHelp(Setting.model.help))
    var model: String?

    @OptionGroup var settingsOptions: SettingsOptions

    /// The named options, by setting, with the option each came from (for messages).
    var named: [(Setting, String?, String)] {
        [
            (.port, port.map(String.init), "--port"), (.host, host, "--host"), (.cache, cache.map(String.init), "--cache"),
            (.catalog, catalog, "--catalog"), (.index, index, "--index"), (.logLevel, logLevel, "--log-niveau"),
            (.logFormat, logFormat, "--log-format"), (.stateFolder, stateFolder, "--tilstand"), (.https, https ? "ja" : nil, "--https"),
            (.sessionMinutes, idleMinutes.map(String.init), "--session-minutter"), (.loginHeader, trustedUserHeader, "--sso-header"),
            (.clientAddressHeader, clientAddressHeader, "--klientadresse-header"), (.semantic, semantik, "--semantik"),
            (.model, model, "--model"),
        ]
    }

    func run() async throws {
        let settings = try settingsOptions.load(named, consequence: "Serveren starter ikke")
        let editorialSettings = EditorialSettings(
            stateFolder: settings.text(.stateFolder), https: settings.flag(.https),
            idleTimeout: .seconds(settings.integer(.sessionMinutes) * 60), trustedUserHeader: settings.optionalText(.loginHeader),
            clientAddressHeader: settings.optionalText(.clientAddressHeader))
        if let problem = editorialSettings.problems.first {
            printError("tilbud: \(problem)")
            throw ExitCode(1)
        }
        let logger = LogSetup.server(settings)
        logger.info("starter", metadata: ["indstillinger": .string(settings.summary)])
        let semantic = LanguageModel.resolve(semantic: settings.choice(.semantic), model: settings.optionalText(.model) ?? "",
                                                     modelName: settings.text(.modelName))
        // The model is a service beside the server: loaded in the background, and a search waits
        // for its embedding to start at most `semantik.frist` (docs/soegning.md).
        let directory = OfferDirectory(catalogPath: settings.text(.catalog), indexPath: settings.text(.index), semantic: semantic,
                                       model: .server(budget: .milliseconds(settings.integer(.modelBudget))), logger: logger)
        let editorial: EditorialAccess
        let editing: EditorialService
        do {
            editorial = try EditorialAccess(settings: editorialSettings, outside: [settings.text(.catalog), settings.text(.index)])
            if try editorial.accounts.list().isEmpty {
                logger.notice("Redaktionen har ingen brugere endnu; opret en med `tilbud bruger opret NAVN --center ID`.")
            }
        } catch { throw fail(error) }
        do {
            // Without the sendmail program the server sends no mail, and "Meld fejl" says the
            // report waits on the work list instead of promising a message nobody gets.
            let sendmail = settings.text(.sendmail)
            let post: PostOffice? = FileManager.default.isExecutableFile(atPath: sendmail) ? PostOffice(settings: settings) : nil
            if post == nil {
                logger.notice("post.sendmail \(sendmail) findes ikke: Redaktionen sender ingen post (installér msmtp-mta, se docs/drift.md)")
            }
            editing = try EditorialService(directory: directory, stateFolder: editorialSettings.stateFolder, post: post)
        } catch { throw fail(error) }
        for note in editing.startupNotes { logger.warning("\(note)") }
        let host = settings.text(.host)
        Thread.detachNewThread { directory.prepareSpelling() }
        let app = buildApplication(directory: directory, configuration: WebConfiguration(settings: settings, logger: logger),
                                   editorial: editorial, editing: editing) { port in
            // Written straight to the file descriptor, so scripts reading a pipe see it at once.
            FileHandle.standardOutput.write(Data("Tilbudsguide kører på http://\(host):\(port)/  (stop med Ctrl+C)\n".utf8))
        }
        try await app.runService()
        logger.info("stoppet")
    }
}
