import Catalog
import Editorial
import Export
import OfferIndex

/// What a use case can fail with; the description is Danish and says what to do.
public enum DirectoryError: Error, Sendable, CustomStringConvertible {
    case catalog(CatalogError)
    case index(IndexError)
    /// The catalogue has errors, so the index was left as it was.
    case invalidCatalog(errors: [Finding])
    case unknownOffer(id: String)
    case invalidRequest(String)
    /// A search behind a handout found no good match, so there is nothing to print.
    case noMatchingOffers
    /// An export or import could not read or write its files.
    case export(ExportError)
    /// Redaktionen's files, lock or database failed; nothing was changed.
    case editorial(EditorialError)
    /// The editor may not do this (another centre's offer, a file only an administrator may change).
    case forbidden(String)
    /// Too much of this kind of work is under way (PDFs being rendered); try again after the seconds given.
    case busy(retryAfter: Int)

    public var description: String {
        switch self {
        case let .catalog(error): return error.description
        case let .index(error): return error.description
        case let .invalidCatalog(errors):
            return "Kataloget har \(errors.count) fejl, så indekset er ikke ændret. Ret dem og prøv igen (se `tilbud validate`)."
        case let .unknownOffer(id): return "Der er intet tilbud med id '\(id)'."
        case let .invalidRequest(message): return message
        case .noMatchingOffers: return "Ingen tilbud passer til søgningen, så der er intet at udskrive."
        case let .export(error): return error.description
        case let .editorial(error): return error.description
        case let .forbidden(message): return message
        case let .busy(seconds): return "Der laves mange udskrifter lige nu. Prøv igen om \(seconds) sekunder."
        }
    }
}
