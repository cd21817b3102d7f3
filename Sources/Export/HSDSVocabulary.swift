import OfferModel

/// The words and ids both HSDS export and import use, so the two sides cannot drift apart.
///
/// Catalogue codes that HSDS has no field for travel as service `attributes`: each attribute's
/// `link_type` says which catalogue field it carries, and its taxonomy term holds the code.
enum HSDSVocabulary {
    /// `link_type` of an attribute that carries a need (`behov`).
    static let needLink = "behov"
    /// `link_type` of an attribute that carries the offer type (`tilbudstype`).
    static let kindLink = "tilbudstype"
    /// `link_type` of an attribute that carries an access way (`adgang`).
    static let accessLink = "adgang"
    /// `link_type` of the attribute whose `value` is the offer's catalogue id.
    static let catalogueIDLink = "katalog-id"
    /// `identifier_type` of an organization identifier holding a municipality id (`kommune.yaml`).
    static let municipalityIdentifier = "tilbudsguide-kommune-id"
    /// `identifier_type` of an organization identifier holding a centre id (`centre.yaml`).
    static let centreIdentifier = "tilbudsguide-center-id"
    /// The catalogue is a Danish municipality's, so addresses are in Denmark (ISO 3166-1).
    static let country = "DK"

    static func serviceID(_ offer: String, municipality: String) -> String { StableUUID.make("tilbud/\(municipality)/\(offer)") }
    static func municipalityID(_ municipality: String) -> String { StableUUID.make("kommune/\(municipality)") }
    static func centreID(_ centre: String, municipality: String) -> String { StableUUID.make("center/\(municipality)/\(centre)") }
    static func needTaxonomyID(municipality: String) -> String { StableUUID.make("taksonomi/behov/\(municipality)") }
    static let kindTaxonomyID = StableUUID.make("taksonomi/tilbudstype")
    static let accessTaxonomyID = StableUUID.make("taksonomi/adgang")
    static let fieldTaxonomyID = StableUUID.make("taksonomi/katalogfelter")

    /// HSDS status for a catalogue status: a pause is a temporary closure, an ended offer is defunct.
    static func status(_ status: OfferStatus) -> String {
        switch status {
        case .active: return "active"
        case .paused: return "temporarily closed"
        case .ended: return "defunct"
        }
    }

    /// Catalogue status for an HSDS status; `inactive` is read as a pause, since it need not be final.
    static func status(_ status: String) -> OfferStatus {
        switch status.lowercased() {
        case "defunct": return .ended
        case "inactive", "temporarily closed": return .paused
        default: return .active
        }
    }

    /// The taxonomies of a catalogue: its needs, and the shared offer types, access ways and fields.
    static func taxonomies(municipality: Municipality) -> (needs: HSDS.Taxonomy, kinds: HSDS.Taxonomy,
                                                          access: HSDS.Taxonomy, fields: HSDS.Taxonomy) {
        (HSDS.Taxonomy(id: needTaxonomyID(municipality: municipality.id), name: "Tilbudsguide: behov (\(municipality.name))",
                       description: "Behov (sundhedsområder), som kommunens tilbud er ordnet efter (behov.yaml).", version: nil),
         HSDS.Taxonomy(id: kindTaxonomyID, name: "Tilbudsguide: tilbudstyper",
                       description: "Hvilken slags tilbud det er (feltet tilbudstype).", version: nil),
         HSDS.Taxonomy(id: accessTaxonomyID, name: "Tilbudsguide: adgang",
                       description: "Hvordan en borger kommer ind i tilbuddet (feltet adgang).", version: nil),
         HSDS.Taxonomy(id: fieldTaxonomyID, name: "Tilbudsguide: katalogfelter",
                       description: "Felter fra kommunens tilbudskatalog uden et tilsvarende HSDS-felt.", version: nil))
    }

    /// The term whose attribute `value` is the catalogue id.
    static func catalogueIDTerm(_ taxonomy: HSDS.Taxonomy) -> HSDS.TaxonomyTerm {
        term(id: StableUUID.make("felt/katalog-id"), code: catalogueIDLink, name: "Katalog-id",
             description: "Tilbuddets id i kommunens katalog (filnavnet tilbud/<id>.yaml).", in: taxonomy)
    }

    static func term(id: String, code: String, name: String, description: String, in taxonomy: HSDS.Taxonomy) -> HSDS.TaxonomyTerm {
        HSDS.TaxonomyTerm(id: id, code: code, name: name, description: description, taxonomy: taxonomy.name,
                          taxonomy_id: taxonomy.id, taxonomy_detail: taxonomy, language: "da")
    }
}
