import OfferModel

/// An offer together with where it was read from, so later rules can name file and line.
public struct CatalogEntry: Sendable, Hashable {
    public var offer: Offer
    public var file: String
    /// Line of the offer's first field (YAML) or of its record (JSON Lines).
    public var line: Int
    /// Line of each top-level field, by its Danish name.
    public var fieldLines: [String: Int]
    /// `SourceHash` of the record's bytes (see `RecordDigest.source`).
    public internal(set) var source: UInt64 = 0
    /// Warnings about this offer that do not depend on the day (see `RecordDigest.warnings`).
    public internal(set) var steadyWarnings = 0
    /// Its place in the order the loader met records in.
    var position = 0

    public init(offer: Offer, file: String, line: Int, fieldLines: [String: Int] = [:]) {
        self.offer = offer
        self.file = file
        self.line = line
        self.fieldLines = fieldLines
    }

    /// The entry as read from a record with hash `source`, met at `position`, with the reader's findings.
    func read(from source: UInt64, at position: Int, findings: [Finding]) -> CatalogEntry {
        var entry = self
        entry.source = source
        entry.position = position
        entry.steadyWarnings = findings.count { $0.severity == .warning }
        return entry
    }

    /// What the next load needs to know of this offer without reading it.
    public var digest: RecordDigest {
        RecordDigest(source: source, id: offer.id, centre: offer.centre, needs: offer.needs, ended: offer.status == .ended,
                     lastVerified: offer.lastVerified, warnings: steadyWarnings)
    }

    /// The line of `field`, or of the offer when the field is absent.
    public func line(of field: String) -> Int { fieldLines[field] ?? line }
}
