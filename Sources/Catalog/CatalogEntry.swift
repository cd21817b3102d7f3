import OfferModel

/// An offer together with where it was read from, so later rules can name file and line.
public struct CatalogEntry: Sendable, Hashable {
    public var offer: Offer
    public var file: String
    /// Line of the offer's first field (YAML) or of its record (JSON Lines).
    public var line: Int
    /// Line of each top-level field, by its Danish name.
    public var fieldLines: [String: Int]

    public init(offer: Offer, file: String, line: Int, fieldLines: [String: Int] = [:]) {
        self.offer = offer
        self.file = file
        self.line = line
        self.fieldLines = fieldLines
    }

    /// The line of `field`, or of the offer when the field is absent.
    public func line(of field: String) -> Int { fieldLines[field] ?? line }
}
