/// What can go wrong with the search index. Descriptions are Danish and say what to do.
public enum IndexError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No index has been built at this place yet.
    case missing(path: String)
    /// Another `tilbud index` holds the lock.
    case locked(path: String)
    /// Xapian reported an error (the shim turned the exception into this value).
    case xapian(operation: String, message: String)
    case io(path: String, reason: String)
    /// The index was built by an incompatible version of the program.
    case incompatible(found: String)
    /// The sentence-embedding model failed while indexing (the index is then built without vectors).
    case embedding(String)

    public var description: String {
        switch self {
        case let .missing(path):
            return "Der er intet søgeindeks i \(path). Byg det med `tilbud index`."
        case let .locked(path):
            return "En anden indeksering kører allerede i \(path). Vent til den er færdig."
        case let .xapian(operation, message):
            return "Søgeindekset gav en fejl under \(operation): \(message)"
        case let .io(path, reason):
            return "Kan ikke skrive eller læse \(path): \(reason)"
        case let .embedding(reason):
            return "Sprogmodellen fejlede under indekseringen: \(reason)"
        case let .incompatible(found):
            return "Søgeindekset er bygget af en anden version af programmet (\(found)). Byg det igen med `tilbud index`."
        }
    }
}
