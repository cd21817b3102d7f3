internal import Catalog
import OfferModel

/// A catalogue as a face sees it after reading it: its offers and vocabulary, and every finding
/// with file and line. The catalogue's own reading (`Catalog`) stays behind the directory; this
/// only passes on what the faces ask of it.
public struct CatalogCheck: Sendable {
    let catalog: Catalog

    /// The offers read (recognised unchanged records of an incremental load are counted, not read).
    public var offers: [Offer] { catalog.offers }
    public var municipality: Municipality { catalog.municipality }
    public var needs: [Need] { catalog.needs }
    public var centres: [Centre] { catalog.centres }
    public var findings: [Finding] { catalog.findings }
    public var errors: [Finding] { catalog.errors }
    public var warnings: [Finding] { catalog.warnings }
    public var isValid: Bool { catalog.isValid }
    /// Offers read plus offers recognised from the last load.
    public var offerCount: Int { catalog.offerCount }
    /// Every warning, the recognised records' included.
    public var warningCount: Int { catalog.warningCount }
    /// Offers, errors and warnings counted per centre.
    public var summary: ValidationSummary { catalog.summary }
}
