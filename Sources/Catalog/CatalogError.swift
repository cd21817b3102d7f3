/// What can go wrong when reading a catalogue as a whole (problems inside files are `Finding`s).
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case syntax(line: Int, message: String)
    /// The catalogue has errors; the findings say which.
    case invalid(errorCount: Int)

    public var description: String {
        switch self {
        case let .notFound(path): return "Kataloget findes ikke: \(path)"
        case let .unreadable(path, reason): return "Kan ikke læse \(path): \(reason)"
        case let .syntax(line, message): return "linje \(line): \(message)"
        case let .invalid(count):
            return "Kataloget har \(count) \(count == 1 ? "fejl" : "fejl") og kan ikke indekseres. Ret dem (se `tilbud validate`) og prøv igen."
        }
    }
}
