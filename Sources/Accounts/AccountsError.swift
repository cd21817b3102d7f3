/// What the accounts, the login limits and the state folder can fail with; the description is
/// Danish and says what to do. Never holds a password or a hash.
public enum AccountsError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidName(String)
    case nameTaken(String)
    case unknownAccount(String)
    case passwordTooShort(minimum: Int)
    case passwordTooLong(maximumBytes: Int)
    case passwordHasControlCharacters
    case passwordsDiffer
    case noPassword
    /// An editor's centre is not in the catalogue's `centre.yaml`; `known` lists the ids that are.
    case unknownCentre(String, known: [String])
    case stateFolder(path: String, reason: String)
    /// The state folder would lie inside the catalogue or the index, which go into git or are rebuilt.
    case stateFolderInside(path: String, folder: String)
    case database(String)
    /// Too many wrong passwords lately, for this user name or from this address.
    case tooManyAttempts(retryAfterSeconds: Int)
    /// Too many requests from this address lately (an anonymous form).
    case tooManyRequests(retryAfterSeconds: Int)

    public var description: String {
        switch self {
        case let .invalidName(reason): return "Brugernavnet kan ikke bruges: \(reason)"
        case let .nameTaken(name): return "Der er allerede en bruger, der hedder '\(name)'."
        case let .unknownAccount(name): return "Der er ingen bruger, der hedder '\(name)'. Se `tilbud bruger liste`."
        case let .passwordTooShort(minimum): return "Adgangskoden skal have mindst \(minimum) tegn."
        case let .passwordTooLong(maximum): return "Adgangskoden må højst fylde \(maximum) bytes (ca. \(maximum) tegn uden æ, ø og å)."
        case .passwordHasControlCharacters: return "Adgangskoden må ikke indeholde styretegn som linjeskift eller tabulator."
        case .passwordsDiffer: return "De to adgangskoder var ikke ens. Prøv igen."
        case .noPassword: return "Der kom ingen adgangskode på standard-input. Skriv den, når der spørges, eller send den ind med en pipe (én linje)."
        case let .unknownCentre(id, known):
            let list = known.isEmpty ? "Kataloget har ingen centre (centre.yaml mangler eller er tom)." : "Kendte centre: \(known.joined(separator: ", "))."
            return "Centret '\(id)' findes ikke i katalogets centre.yaml. \(list)"
        case let .stateFolder(path, reason): return "Tilstandsmappen \(path) kan ikke bruges: \(reason)"
        case let .stateFolderInside(path, folder):
            return "Tilstandsmappen \(path) må ikke ligge i \(folder): brugere og adgangskoder må aldrig komme i git eller i indekset. Vælg en anden med --tilstand."
        case let .database(reason): return "Brugerdatabasen kunne ikke bruges: \(reason)"
        case let .tooManyAttempts(seconds):
            return "For mange forkerte forsøg på at logge ind. Prøv igen om \(Self.minutes(seconds))."
        case let .tooManyRequests(seconds):
            return "Der er sendt for mange på kort tid fra denne computer. Prøv igen om \(Self.minutes(seconds))."
        }
    }

    /// "1 minut", "15 minutter": whole minutes, rounded up, at least one.
    static func minutes(_ seconds: Int) -> String {
        let minutes = max(1, (seconds + 59) / 60)
        return minutes == 1 ? "1 minut" : "\(minutes) minutter"
    }
}
