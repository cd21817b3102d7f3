/// What an export or an HSDS import can fail with; the description is Danish and says what to do.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file or folder could not be written.
    case unwritable(path: String, reason: String)
    /// A file that must be read is missing or unreadable.
    case unreadable(path: String, reason: String)
    /// A file was read but is not what it should be (not JSON, wrong shape).
    case invalidInput(path: String, reason: String)
    /// The output folder of an import already holds files.
    case folderNotEmpty(path: String)
    /// The output could not be encoded (a bug, not a user error).
    case encoding(String)

    public var description: String {
        switch self {
        case let .unwritable(path, reason):
            return "Kan ikke skrive \(path): \(reason). Tjek, at mappen findes, og at du må skrive i den."
        case let .unreadable(path, reason):
            return "Kan ikke læse \(path): \(reason)"
        case let .invalidInput(path, reason):
            return "\(path) kan ikke bruges: \(reason)"
        case let .folderNotEmpty(path):
            return "Mappen \(path) er ikke tom. Vælg en ny eller tom mappe, så intet eksisterende katalog bliver overskrevet."
        case let .encoding(reason):
            return "Eksporten kunne ikke dannes (\(reason)). Det er en fejl i programmet; meld den gerne."
        }
    }
}
