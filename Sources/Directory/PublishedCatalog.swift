import OfferModel

/// The offers and vocabularies of the live index, as one value.
public struct PublishedCatalog: Sendable {
    /// Every offer in the index, ended ones included, in id order.
    public var offers: [Offer]
    public var needs: [Need]
    public var centres: [Centre]
    public var municipality: Municipality

    public init(offers: [Offer], needs: [Need], centres: [Centre], municipality: Municipality) {
        self.offers = offers
        self.needs = needs
        self.centres = centres
        self.municipality = municipality
    }

    /// The offers a citizen may be shown (status aktiv or pause).
    public var publicOffers: [Offer] { offers.filter(\.isPublic) }

    public func centre(_ id: String) -> Centre? { centres.first { $0.id == id } }
    public func need(_ id: String) -> Need? { needs.first { $0.id == id } }
}
