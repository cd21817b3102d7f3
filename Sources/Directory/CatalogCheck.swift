internal import Catalog
import OfferModel

/// A catalogue as a face sees it after reading it: its offers and vocabulary, and every finding
/// with file and line. The catalogue's own reading (`Catalog`) stays behind the directory.
public struct CatalogCheck: Sendable {
    /// The offers read (recognised unchanged records of an incremental load are counted, not read).
    public var offers: [Offer]
    public var municipality: Municipality
    public var needs: [Need]
    public var centres: [Centre]
    public var findings: [Finding]
    /// Offers read plus offers recognised from the last load.
    public var offerCount: Int
    /// Every warning, the recognised records' included.
    public var warningCount: Int
    /// Offers, errors and warnings counted per centre.
    public var summary: ValidationSummary

    init(_ catalog: Catalog) {
        offers = catalog.offers
        municipality = catalog.municipality
        needs = catalog.needs
        centres = catalog.centres
        findings = catalog.findings
        offerCount = catalog.offerCount
        warningCount = catalog.warningCount
        summary = catalog.summary
    }

    public var errors: [Finding] { findings.filter { $0.severity == .error } }
    public var warnings: [Finding] { findings.filter { $0.severity == .warning } }
    public var isValid: Bool { errors.isEmpty }
}
