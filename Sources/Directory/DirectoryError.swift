internal import Catalog
internal import Editorial
internal import Export
internal import OfferIndex
import OfferModel

/// What a use case can fail with; the description is Danish and says what to do.
///
/// The cases carry the lower modules' Danish messages, not their error values: the faces see
/// Directory's vocabulary only (the modules below are `internal import`s).
public enum DirectoryError: Error, Sendable, CustomStringConvertible {
    /// The catalogue could not be read; the message names the file.
    case catalog(String)
    /// The search index could not be used; `problem` tells a missing index from one of another version.
    case index(IndexProblem, String)
    /// The catalogue has errors, so the index was left as it was.
    case invalidCatalog(errors: [Finding])
    case unknownOffer(id: String)
    case invalidRequest(String)
    /// A search behind a handout found no good match, so there is nothing to print.
    case noMatchingOffers
    /// An export or import could not read or write its files.
    case export(String)
    /// Redaktionen's files, lock or database failed; nothing was changed.
    case editorial(String)
    /// The editor may not do this (another centre's offer, a file only an administrator may change).
    case forbidden(String)
    /// Too much of this kind of work is under way (PDFs being rendered); try again after the seconds given.
    case busy(retryAfter: Int)

    public var description: String {
        switch self {
        case let .catalog(message): return message
        case let .index(_, message): return message
        case let .invalidCatalog(errors):
            return "Kataloget har \(errors.count) fejl, så indekset er ikke ændret. Ret dem og prøv igen (se `tilbud validate`)."
        case let .unknownOffer(id): return "Der er intet tilbud med id '\(id)'."
        case let .invalidRequest(message): return message
        case .noMatchingOffers: return "Ingen tilbud passer til søgningen, så der er intet at udskrive."
        case let .export(message): return message
        case let .editorial(message): return message
        case let .forbidden(message): return message
        case let .busy(seconds): return "Der laves mange udskrifter lige nu. Prøv igen om \(seconds) sekunder."
        }
    }
}

/// What kind of trouble the search index is in, for the faces to choose their answer.
public enum IndexProblem: Sendable, Hashable {
    /// No index has been built yet.
    case missing
    /// The index was built by another version of the program.
    case incompatible
    /// The language model failed while indexing.
    case embedding
    /// Locked, unreadable or a Xapian error.
    case other
}

extension DirectoryError {
    static func catalog(_ error: CatalogError) -> DirectoryError { .catalog(error.description) }
    static func export(_ error: ExportError) -> DirectoryError { .export(error.description) }
    static func editorial(_ error: EditorialError) -> DirectoryError { .editorial(error.description) }

    static func index(_ error: IndexError) -> DirectoryError {
        switch error {
        case .missing: .index(.missing, error.description)
        case .incompatible: .index(.incompatible, error.description)
        case .embedding: .index(.embedding, error.description)
        case .locked, .xapian, .io: .index(.other, error.description)
        }
    }
}
