import OfferModel

/// The catalogue as Open Referral HSDS 3.0 JSON, for national and cross-municipal directories.
///
/// Files: `services.json` (every offer as a full service, with its organization, locations,
/// phones, schedule, languages and need categories; ended offers as `defunct`),
/// `organizations.json` (the municipality and its centres as child organizations),
/// `taxonomies.json` and `taxonomy_terms.json` (needs, offer types and access ways).
/// Ids are stable UUIDs derived from the catalogue ids, so a re-export updates rather than adds.
///
/// Carried: id (as an attribute), navn, kort and beskrivelse (one description, kort as the first
/// paragraph), behov, alder, center, maalgruppe, adgang, henvisning, kontakt, sted, tid, pris,
/// sprog, status, sidst_verificeret (`assured_date`), kommune and tilbudstype. Not carried, as HSDS
/// has no place for them: ansvarlig, soegeord, situationer, kilde. Never exported: intern.
/// The catalogue has no named contact persons, so contact data is on the service itself
/// (`email`, `url`, `phones`) and there are no HSDS `contacts`.
public struct HSDSExport: Sendable {
    public static let servicesFile = "services.json"
    public static let organizationsFile = "organizations.json"
    public static let taxonomiesFile = "taxonomies.json"
    public static let termsFile = "taxonomy_terms.json"

    public private(set) var services: [HSDS.Service] = []
    public private(set) var organizations: [HSDS.Organization] = []
    public private(set) var taxonomies: [HSDS.Taxonomy] = []
    public private(set) var terms: [HSDS.TaxonomyTerm] = []

    public init(content: ExportContent) {
        let municipality = content.municipality
        let taxonomy = HSDSVocabulary.taxonomies(municipality: municipality)
        taxonomies = [taxonomy.needs, taxonomy.kinds, taxonomy.access, taxonomy.fields]

        var needTerms: [String: HSDS.TaxonomyTerm] = [:]
        for need in content.needs {
            let term = HSDSVocabulary.term(id: StableUUID.make("behov/\(municipality.id)/\(need.id)"), code: need.id,
                                           name: need.name, description: need.description, in: taxonomy.needs)
            needTerms[need.id] = term
            terms.append(term)
        }
        var kindTerms: [OfferKind: HSDS.TaxonomyTerm] = [:]
        for kind in OfferKind.allCases {
            let term = HSDSVocabulary.term(id: StableUUID.make("tilbudstype/\(kind.rawValue)"), code: kind.rawValue,
                                           name: kind.label, description: "Tilbudstypen '\(kind.label)'.", in: taxonomy.kinds)
            kindTerms[kind] = term
            terms.append(term)
        }
        var accessTerms: [Access: HSDS.TaxonomyTerm] = [:]
        for access in Access.allCases {
            let term = HSDSVocabulary.term(id: StableUUID.make("adgang/\(access.rawValue)"), code: access.rawValue,
                                           name: access.label, description: "Adgang ved \(access.label).", in: taxonomy.access)
            accessTerms[access] = term
            terms.append(term)
        }
        let idTerm = HSDSVocabulary.catalogueIDTerm(taxonomy.fields)
        terms.append(idTerm)

        var organizationsByID: [String: HSDS.Organization] = [:]
        let root = Self.organization(municipality)
        organizations.append(root)
        for centre in content.centres {
            let organization = Self.organization(centre, municipality: municipality.id, parent: root.id)
            organizations.append(organization)
            organizationsByID[organization.id] = organization
        }
        organizationsByID[root.id] = root

        for offer in content.offers {
            let municipalityID = content.municipalityID(of: offer)
            if organizationsByID[HSDSVocabulary.municipalityID(municipalityID)] == nil {
                // An offer from another municipality (bulk data): that municipality, known only by its id.
                let other = Self.organization(Municipality(id: municipalityID, name: municipalityID))
                organizations.append(other)
                organizationsByID[other.id] = other
            }
            let owner = offer.centre.isEmpty
                ? HSDSVocabulary.municipalityID(municipalityID)
                : HSDSVocabulary.centreID(offer.centre, municipality: municipalityID)
            if organizationsByID[owner] == nil {
                // A centre missing from centre.yaml: named by its id, under its municipality.
                let centre = Self.organization(Centre(id: offer.centre, name: offer.centre), municipality: municipalityID,
                                               parent: HSDSVocabulary.municipalityID(municipalityID))
                organizations.append(centre)
                organizationsByID[owner] = centre
            }
            var attributes: [(link: String, term: HSDS.TaxonomyTerm, value: String?)] = [(HSDSVocabulary.catalogueIDLink, idTerm, offer.id)]
            for need in offer.needs {
                if needTerms[need] == nil {
                    // A need missing from behov.yaml (a catalogue without one): named by its id.
                    let term = HSDSVocabulary.term(id: StableUUID.make("behov/\(municipality.id)/\(need)"), code: need, name: need,
                                                   description: "", in: taxonomy.needs)
                    needTerms[need] = term
                    terms.append(term)
                }
                attributes.append((HSDSVocabulary.needLink, needTerms[need]!, nil))
            }
            if let kind = offer.kind, let term = kindTerms[kind] { attributes.append((HSDSVocabulary.kindLink, term, nil)) }
            for access in offer.access { if let term = accessTerms[access] { attributes.append((HSDSVocabulary.accessLink, term, nil)) } }
            services.append(Self.service(offer, municipality: municipalityID, organization: organizationsByID[owner]!, attributes: attributes))
        }
    }

    /// The four JSON files.
    public func files() throws(ExportError) -> [ExportFile] {
        [try ExportFile.json(Self.servicesFile, services), try ExportFile.json(Self.organizationsFile, organizations),
         try ExportFile.json(Self.taxonomiesFile, taxonomies), try ExportFile.json(Self.termsFile, terms)]
    }

    static func service(_ offer: Offer, municipality: String, organization: HSDS.Organization,
                        attributes: [(link: String, term: HSDS.TaxonomyTerm, value: String?)]) -> HSDS.Service {
        let id = HSDSVocabulary.serviceID(offer.id, municipality: municipality)
        var service = HSDS.Service(id: id, organization_id: organization.id, name: offer.name, status: HSDSVocabulary.status(offer.status))
        service.description = [offer.summary, offer.description].filter { !$0.isEmpty }.joined(separator: "\n\n").nonEmpty
        service.url = WebAddress.absolute(offer.contact.web)
        service.email = offer.contact.email.nonEmpty
        service.application_process = offer.referral.nonEmpty
        service.fees_description = offer.price.nonEmpty
        service.eligibility_description = offer.audience.nonEmpty
        service.minimum_age = offer.ages.from.map(Double.init)
        service.maximum_age = offer.ages.to.map(Double.init)
        service.assured_date = offer.lastVerified?.description
        if !offer.contact.phone.isEmpty {
            service.phones = [HSDS.Phone(id: StableUUID.make("telefon/\(id)"), service_id: id, number: offer.contact.phone)]
        }
        if !offer.schedule.isEmpty {
            service.schedules = [HSDS.Schedule(id: StableUUID.make("tid/\(id)"), service_id: id, description: offer.schedule)]
        }
        if !offer.place.isEmpty {
            let location = Self.location(name: offer.place.name, address: offer.place.address, municipality: municipality, organization: nil)
            service.service_at_locations = [HSDS.ServiceAtLocation(id: StableUUID.make("tjeneste-sted/\(id)/\(location.id)"),
                                                                   service_id: id, location_id: location.id, location: location)]
        }
        if !offer.languages.isEmpty {
            service.languages = offer.languages.map { name in
                HSDS.Language(id: StableUUID.make("sprog/\(id)/\(name)"), service_id: id, name: name, code: LanguageCode.code(for: name))
            }
        }
        service.organization = organization
        service.attributes = attributes.map { link, term, value in
            HSDS.Attribute(id: StableUUID.make("egenskab/\(id)/\(link)/\(term.code ?? term.name)"), link_id: id, link_type: link,
                           link_entity: "service", taxonomy_term_id: term.id, value: value, taxonomy_term: term)
        }
        return service
    }

    static func organization(_ municipality: Municipality) -> HSDS.Organization {
        let id = HSDSVocabulary.municipalityID(municipality.id)
        return HSDS.Organization(
            id: id, name: municipality.name, description: "", website: WebAddress.absolute(municipality.web),
            organization_identifiers: [identifier(HSDSVocabulary.municipalityIdentifier, municipality.id, of: id)])
    }

    static func organization(_ centre: Centre, municipality: String, parent: String) -> HSDS.Organization {
        let id = HSDSVocabulary.centreID(centre.id, municipality: municipality)
        var organization = HSDS.Organization(
            id: id, name: centre.name, description: centre.description, email: centre.contact.email.nonEmpty,
            website: WebAddress.absolute(centre.contact.web), parent_organization_id: parent,
            organization_identifiers: [identifier(HSDSVocabulary.centreIdentifier, centre.id, of: id)])
        if !centre.contact.phone.isEmpty {
            organization.phones = [HSDS.Phone(id: StableUUID.make("telefon/\(id)"), organization_id: id, number: centre.contact.phone)]
        }
        if !centre.address.isEmpty {
            organization.locations = [location(name: centre.name, address: centre.address, municipality: municipality, organization: id)]
        }
        return organization
    }

    static func identifier(_ type: String, _ value: String, of organization: String) -> HSDS.OrganizationIdentifier {
        HSDS.OrganizationIdentifier(id: StableUUID.make("id/\(organization)/\(type)"), organization_id: organization,
                                    identifier_type: type, identifier: value)
    }

    /// A physical location; its address is the catalogue's one line, the other parts left empty.
    static func location(name: String, address: String, municipality: String, organization: String?) -> HSDS.Location {
        let id = StableUUID.make("sted/\(municipality)/\(name)|\(address)")
        let addresses = address.isEmpty ? nil : [HSDS.Address(
            id: StableUUID.make("adresse/\(id)"), location_id: id, address_1: address, city: "", state_province: "",
            postal_code: "", country: HSDSVocabulary.country, address_type: "physical")]
        return HSDS.Location(id: id, location_type: "physical", organization_id: organization, name: name.nonEmpty, addresses: addresses)
    }
}

extension String {
    /// nil for an empty string, so optional JSON fields are left out instead of written empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
