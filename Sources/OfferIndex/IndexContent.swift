import OfferModel

/// Everything an index is built from: the offers and the vocabularies that give them names.
public struct IndexContent: Sendable {
    public var offers: [Offer]
    /// Offers the live index already holds as they are, known by id and codes only (see
    /// `IndexWriter.updateInPlace(_:)`); a full build needs them all in `offers`.
    public var unchanged: [UnchangedOffer] = []
    public var needs: [Need]
    public var centres: [Centre]
    public var municipality: Municipality
    public var synonyms: SynonymTable
    /// The info screens (`skaerme.yaml`); kept as the index's metadata, so the server shows the
    /// screens of the catalogue it searches, and an update that changes only them is written in place.
    public var screens: [Screen] = []

    public init(offers: [Offer], needs: [Need] = [], centres: [Centre] = [],
                municipality: Municipality = Municipality(id: "", name: ""), synonyms: SynonymTable = SynonymTable()) {
        self.offers = offers
        self.needs = needs
        self.centres = centres
        self.municipality = municipality
        self.synonyms = synonyms
    }
}

/// An offer the live index holds unchanged: what an update needs of it to keep the code tables
/// and to tell which offers were removed.
public struct UnchangedOffer: Sendable, Hashable {
    public var id: String
    public var needs: [String]
    public var centre: String

    public init(id: String, needs: [String], centre: String) {
        self.id = id
        self.needs = needs
        self.centre = centre
    }
}

/// Names for the ids an index uses, stored in the index itself so a searcher needs no catalogue.
struct IndexVocabulary: Sendable, Codable {
    var needs: [Need]
    var centres: [Centre]
    var municipality: Municipality
}

