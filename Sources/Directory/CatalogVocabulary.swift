import OfferModel

/// The names the live index gives needs, centres and the municipality, without any offers.
///
/// Pages that only need names (filter chips, contact fallbacks) use this instead of
/// `published()`, which reads every offer.
public struct CatalogVocabulary: Sendable {
    public var needs: [Need]
    public var centres: [Centre]
    public var municipality: Municipality

    public init(needs: [Need], centres: [Centre], municipality: Municipality) {
        self.needs = needs
        self.centres = centres
        self.municipality = municipality
    }

    public func need(_ id: String) -> Need? { needs.first { $0.id == id } }
    public func centre(_ id: String) -> Centre? { centres.first { $0.id == id } }
}
