import Accounts
import ArgumentParser
import Directory
import OfferModel

/// `tilbud bruger`: the accounts of Redaktionen. Passwords come from standard input only.
struct Bruger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bruger",
        abstract: "Opret, vis og slet brugere af Redaktionen (adgangskoden læses fra standard-input).",
        discussion: """
        Brugerne gemmes i tilstandsmappen (standard .tilstand/), som aldrig kommer i git.
        Adgangskoden skrives, når der spørges (den vises ikke), eller sendes ind med en pipe,
        fx: tilbud bruger opret anna --center sundhedsplejen --email anna@ishoj.dk < fil-med-adgangskoden
        Med en e-mailadresse får brugeren påmindelser og fejlmeldinger (tilbud paamind).
        """,
        subcommands: [Opret.self, Liste.self, Slet.self, Adgangskode.self, Email.self]
    )
}

/// Where the accounts are kept, and the folders they must stay out of.
struct StateLocation: ParsableArguments {
    @Option(name: .customLong("tilstand"),
            help: ArgumentHelp("Tilstandsmappen med brugere og sessioner (må ikke ligge i kataloget eller indekset).", valueName: "mappe"))
    var stateFolder = StateFolder.defaultPath

    @OptionGroup var locations: Locations

    func store() throws(AccountsError) -> AccountStore {
        try AccountStore(folder: StateFolder(path: stateFolder, outside: [locations.catalog, locations.index]))
    }
}

/// An e-mail address given on the command line in its canonical form, or a Danish validation error.
func checkedEmail(_ text: String) throws -> String {
    switch ContactInput.email(text) {
    case let .valid(address) where !address.isEmpty: return address
    case let .invalid(reason): throw ValidationError("--email: \(reason).")
    default: throw ValidationError("--email: skriv en e-mailadresse, fx anna@ishoj.dk.")
    }
}

/// Prints a Danish message to standard error and ends with exit code 1.
func fail(_ error: AccountsError) -> ExitCode {
    printError("tilbud: \(error.description)")
    return ExitCode(1)
}

extension Bruger {
    struct Opret: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Opret en redaktør for ét center (--center ID) eller en administrator (--administrator).")

        @Argument(help: ArgumentHelp("Brugernavnet.", valueName: "navn")) var name: String
        @Option(name: .customLong("center"), help: ArgumentHelp("Centrets id i katalogets centre.yaml.", valueName: "id")) var centre: String?
        @Flag(name: .customLong("administrator"), help: "Må ændre alt, også behov, centre og synonymer.") var administrator = false
        @Option(name: .customLong("email"), help: ArgumentHelp("Adressen, påmindelser og fejlmeldinger sendes til.", valueName: "adresse"))
        var email: String?
        @OptionGroup var state: StateLocation

        func validate() throws {
            if let problem = Account.problem(withName: name) { throw ValidationError("Brugernavnet kan ikke bruges: \(problem)") }
            if let email { _ = try checkedEmail(email) }
            guard (centre != nil) != administrator else {
                throw ValidationError("Angiv enten --center ID (en redaktør for ét center) eller --administrator.")
            }
        }

        func run() throws {
            do {
                let role: Account.Role = centre.map { .editor(centre: $0) } ?? .administrator
                var centres: [String] = []
                if case .editor = role {
                    do { centres = try OfferDirectory(catalogPath: state.locations.catalog).catalogueCentres().map(\.id) } catch {
                        throw fail(error)
                    }
                }
                let store = try state.store()
                // Refused before the password is typed, not after.
                if try store.find(name: name) != nil { throw AccountsError.nameTaken(name) }
                if case let .editor(id) = role, !centres.contains(id) { throw AccountsError.unknownCentre(id, known: centres) }
                let address = try email.map(checkedEmail)
                let account = try store.create(name: name, password: try PasswordInput.read(confirm: true), role: role, centres: centres,
                                               email: address)
                print("Brugeren '\(account.name)' er oprettet som \(account.roleDescription)"
                    + (address.map { " med e-mail \($0)." } ?? ". Uden e-mailadresse får den ingen påmindelser (tilbud bruger email)."))
            } catch let error as AccountsError { throw fail(error) }
        }
    }

    struct Liste: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Vis alle brugere og deres roller.")
        @OptionGroup var state: StateLocation

        func run() throws {
            do {
                let accounts = try state.store().list()
                guard !accounts.isEmpty else {
                    print("Der er ingen brugere endnu. Opret en med: tilbud bruger opret NAVN --center ID")
                    return
                }
                let width = accounts.map(\.name.count).max()!
                for account in accounts {
                    print(account.name.padding(toLength: max(width, 6) + 2, withPad: " ", startingAt: 0) + account.roleDescription
                        + (account.email.map { ", \($0)" } ?? ", ingen e-mail"))
                }
            } catch { throw fail(error) }
        }
    }

    struct Slet: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Slet en bruger; den logges ud med det samme.")
        @Argument(help: ArgumentHelp("Brugernavnet.", valueName: "navn")) var name: String
        @OptionGroup var state: StateLocation

        func run() throws {
            do {
                try state.store().delete(name: name)
                print("Brugeren '\(name)' er slettet.")
            } catch { throw fail(error) }
        }
    }

    struct Adgangskode: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Giv en bruger en ny adgangskode (fra standard-input); brugerens sessioner afsluttes.")
        @Argument(help: ArgumentHelp("Brugernavnet.", valueName: "navn")) var name: String
        @OptionGroup var state: StateLocation

        func run() throws {
            do {
                let store = try state.store()
                guard try store.find(name: name) != nil else { throw AccountsError.unknownAccount(name) }
                let account = try store.changePassword(name: name, to: try PasswordInput.read(confirm: true))
                print("Adgangskoden for '\(account.name)' er skiftet; brugeren skal logge ind igen.")
            } catch let error as AccountsError { throw fail(error) }
        }
    }

    struct Email: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Giv en bruger en ny e-mailadresse til påmindelser og fejlmeldinger (--ingen fjerner den).")
        @Argument(help: ArgumentHelp("Brugernavnet.", valueName: "navn")) var name: String
        @Argument(help: ArgumentHelp("Den nye adresse.", valueName: "adresse")) var address: String?
        @Flag(name: .customLong("ingen"), help: "Fjern adressen: brugeren får ingen post.") var none = false
        @OptionGroup var state: StateLocation

        func validate() throws {
            guard (address != nil) != none else { throw ValidationError("Angiv enten en adresse eller --ingen.") }
            if let address { _ = try checkedEmail(address) }
        }

        func run() throws {
            do {
                let account = try state.store().changeEmail(name: name, to: try address.map(checkedEmail))
                print(account.email.map { "'\(account.name)' får nu post på \($0)." } ?? "'\(account.name)' får ingen post fra nu af.")
            } catch let error as AccountsError { throw fail(error) }
        }
    }
}
