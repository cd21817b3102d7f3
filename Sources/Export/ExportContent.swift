import OfferModel

/// What every export reads: the offers and the shared vocabularies of one catalogue.
///
/// Staff-only information (`intern`) is removed here, at the door, so no exporter can leak it
/// even by mistake.
public struct ExportContent: Sendable {
    public var municipality: Municipality
    public var needs: [Need]
    public var centres: [Centre]
    /// Every offer (ended ones too), sorted by id, without `internalInfo`.
    public private(set) var offers: [Offer]

    public init(offers: [Offer], needs: [Need], centres: [Centre], municipality: Municipality) {
        self.offers = offers.map { offer in
            var copy = offer
            copy.internalInfo = nil
            return copy
        }.sorted { $0.id < $1.id }
        self.needs = needs
        self.centres = centres
        self.municipality = municipality
    }

    /// The offers a citizen may be shown (status aktiv or pause).
    public var publicOffers: [Offer] { offers.filter(\.isPublic) }

    public func need(_ id: String) -> Need? { needs.first { $0.id == id } }
    public func centre(_ id: String) -> Centre? { centres.first { $0.id == id } }

    /// The need's name, or its id when `behov.yaml` does not know it.
    func needName(_ id: String) -> String { need(id)?.name ?? id }

    /// The municipality's id for an offer (its own `kommune`, else the catalogue's).
    func municipalityID(of offer: Offer) -> String {
        offer.municipality.isEmpty ? municipality.id : offer.municipality
    }

    /// The municipality's name for an offer; an offer from another municipality shows that id.
    func municipalityName(of offer: Offer) -> String {
        let id = municipalityID(of: offer)
        return id == municipality.id ? municipality.name : id
    }
}
