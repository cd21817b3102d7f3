import Accounts
import ArgumentParser
import Directory
import Foundation
import OfferModel
import Settings
import WebApp

/// `tilbud paamind`: the monthly reminders by e-mail (a systemd timer runs it on the first
/// weekday of each month; see docs/drift.md).
struct Paamind: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send påmindelser: hver redaktør får sit centers forfaldne tilbud og åbne fejlmeldinger, hver administrator et overblik.",
        discussion: """
        Posten sendes gennem sendmail-programmet (post.sendmail, standard /usr/sbin/sendmail, fx msmtp-mta) fra \
        post.fra, med links til sidens adresse (adresse). Indstillingerne læses som ved tilbud serve: \
        --indstillinger FIL, TILBUDSGUIDE_…-miljøvariabler og --indstilling nøgle=værdi. Det, der er sendt, \
        står i tilstandsmappen: køres kommandoen igen samme dag, sendes intet nyt, og det, der ikke kom af \
        sted, sendes næste gang. Afslutter med kode 1, hvis noget ikke kunne sendes.
        """
    )

    @Option(name: .long, help: ArgumentHelp(Setting.catalog.help)) var catalog: String?
    @Option(name: .long, help: ArgumentHelp(Setting.index.help)) var index: String?
    @Option(name: .customLong("tilstand"), help: ArgumentHelp(Setting.stateFolder.help)) var stateFolder: String?
    @Option(name: .customLong("dato"), help: ArgumentHelp("Kør, som om det var denne dag (ÅÅÅÅ-MM-DD), fx for at afprøve.", valueName: "dato"))
    var day: String?
    @OptionGroup var settingsOptions: SettingsOptions

    func validate() throws {
        if let day, CalendarDate(day) == nil { throw ValidationError("--dato skal være en dato som 2027-01-04, ikke '\(day)'.") }
    }

    func run() throws {
        let settings = try settingsOptions.load([(.catalog, catalog, "--catalog"), (.index, index, "--index"),
                                                 (.stateFolder, stateFolder, "--tilstand")],
                                                consequence: "Påmindelserne sendes ikke")
        let catalogPath = settings.text(.catalog), indexPath = settings.text(.index)
        let accounts: [Account]
        do {
            accounts = try AccountStore(folder: StateFolder(path: settings.text(.stateFolder), outside: [catalogPath, indexPath])).list()
        } catch { throw fail(error) }
        let directory = OfferDirectory(catalogPath: catalogPath, indexPath: indexPath, semantic: .off)
        let report: ReminderReport
        do {
            let service = try EditorialService(directory: directory, stateFolder: settings.text(.stateFolder), post: PostOffice(settings: settings))
            report = try service.sendReminders(to: accounts.map(\.mailRecipient), today: day.flatMap(CalendarDate.init) ?? .today())
        } catch { throw fail(error) }
        for line in report.sent { print("Sendt til \(line.recipient): \(line.subject)") }
        for line in report.alreadySent { print("Allerede sendt i dag til \(line.recipient); ikke sendt igen.") }
        if !report.nothingFor.isEmpty { print("Intet at sende til: \(report.nothingFor.joined(separator: ", ")).") }
        for (line, reason) in report.failed { printError("Ikke sendt til \(line.recipient): \(reason)") }
        print("\(report.sent.count) sendt, \(report.failed.count) ikke sendt.")
        if !report.failed.isEmpty {
            printError("Kør tilbud paamind igen, når posten virker; det, der ikke kom af sted, sendes da.")
            throw ExitCode(1)
        }
    }
}

extension PostOffice {
    /// The mail settings: `post.sendmail`, `post.fra` and the site's public address (`adresse`).
    init(settings: Settings) {
        self.init(sendmail: settings.text(.sendmail), from: settings.optionalText(.mailFrom), publicAddress: settings.publicAddress)
    }
}
