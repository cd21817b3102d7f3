import OfferModel

/// What the catalogue's rules and an index update need to know of one offer record, kept
/// beside the index so that the next `tilbud index` need not read the record again while its
/// bytes stay the same (see `CatalogLoader.load(path:known:)`).
///
/// A digest is only ever kept for a record of a catalogue without errors, so a record that is
/// recognised has none of its own; the rules that look across records (duplicate ids) and the
/// warnings that depend on the day (verification dates) are checked again on every load.
public struct RecordDigest: Sendable, Hashable {
    /// `SourceHash` of the record's bytes (a JSON Lines record) or file name and bytes (a YAML file).
    public var source: UInt64
    public var id: String
    public var centre: String
    public var needs: [String]
    public var ended: Bool
    public var lastVerified: CalendarDate?
    /// Warnings that depend only on the record and the vocabulary files: all but the
    /// verification-date warnings, which the rules work out again for today.
    public var warnings: Int

    public init(source: UInt64, id: String, centre: String, needs: [String], ended: Bool,
                lastVerified: CalendarDate?, warnings: Int) {
        self.source = source
        self.id = id
        self.centre = centre
        self.needs = needs
        self.ended = ended
        self.lastVerified = lastVerified
        self.warnings = warnings
    }
}

/// A record the loader recognised by its bytes and left unread: its digest and where it stands.
public struct KnownRecord: Sendable, Hashable {
    public var digest: RecordDigest
    public var file: String
    public var line: Int
    /// Its place in the order the loader met records in (for which of two equal ids came first).
    var position: Int
}

/// Digests of the records an index was built from, for `CatalogLoader.load(path:known:)`.
public struct KnownRecords: Sendable {
    /// `Catalog.sharedSource` of the catalogue the digests were made from: a record is only
    /// recognised while the vocabulary files it was checked against are the same.
    public var sharedSource: UInt64
    public var digests: [UInt64: RecordDigest]

    public init(sharedSource: UInt64, digests: [RecordDigest]) {
        self.sharedSource = sharedSource
        self.digests = Dictionary(digests.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
