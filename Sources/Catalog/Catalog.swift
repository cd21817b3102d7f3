import OfferModel

/// A whole catalogue as read from disk: the offers, the shared vocabularies and every finding.
public struct Catalog: Sendable {
    /// The folder or JSON Lines file it was read from.
    public var root: String
    public var municipality: Municipality
    /// Empty when the catalogue has no `behov.yaml` (then need ids are not checked).
    public var needs: [Need]
    /// Empty when the catalogue has no `centre.yaml` (then centre ids are not checked).
    public var centres: [Centre]
    public var synonyms: SynonymTable
    /// The info screens of `skaerme.yaml` (empty without the file).
    public var screens: [Screen] = []
    /// The offer and need ids the screens name, with their lines, for the rules.
    var screenReferences: [ScreenReference] = []
    /// The municipality's documents the offers cite (`kilder.yaml`); empty without the file.
    public var sourceNotes: [SourceNote] = []
    public var entries: [CatalogEntry]
    public var findings: [Finding]
    /// Records recognised from an earlier load and left unread (only with `load(path:known:)`).
    public var known: [KnownRecord] = []
    /// `SourceHash` of the vocabulary files (`kommune.yaml`, `behov.yaml`, `centre.yaml`,
    /// `synonymer.yaml`) and the rules' version: digests from another value are not used.
    public internal(set) var sharedSource: UInt64 = CatalogLoader.rulesVersion
    /// Warnings of the known records, which have no `Finding`s of their own.
    public internal(set) var knownWarnings = 0

    public init(
        root: String, municipality: Municipality, needs: [Need] = [], centres: [Centre] = [],
        synonyms: SynonymTable = SynonymTable(), entries: [CatalogEntry] = [], findings: [Finding] = []
    ) {
        self.root = root
        self.municipality = municipality
        self.needs = needs
        self.centres = centres
        self.synonyms = synonyms
        self.entries = entries
        self.findings = findings
    }

    public var offers: [Offer] { entries.map(\.offer) }
    public var errors: [Finding] { findings.filter { $0.severity == .error } }
    public var warnings: [Finding] { findings.filter { $0.severity == .warning } }
    /// Every warning, the known records' included.
    public var warningCount: Int { warnings.count + knownWarnings }
    /// Offers read plus offers recognised.
    public var offerCount: Int { entries.count + known.count }
    /// A digest of every record, for the next load (see `KnownRecords`).
    public var digests: [RecordDigest] { entries.map(\.digest) + known.map(\.digest) }
    public var isValid: Bool { !findings.contains { $0.severity == .error } }

    public func need(_ id: String) -> Need? { needs.first { $0.id == id } }
    public func centre(_ id: String) -> Centre? { centres.first { $0.id == id } }

    /// Offers, errors and warnings counted per centre, so each centre sees what it must fix.
    public var summary: ValidationSummary { ValidationSummary(catalog: self) }
}
