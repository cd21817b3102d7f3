import OfferModel

/// The catalogue as one FHIR R4 Bundle (type `collection`): the municipality and its centres as
/// Organizations, the places as Locations and every offer as a HealthcareService (ended offers
/// with `active: false`). Resource ids are the same stable UUIDs as in the HSDS export.
///
/// Coding decisions, so nothing is claimed that the catalogue does not say:
/// - `type` (the offer type) is text only. KL's FSIII (`urn:oid:1.2.208.176.2.21`) has §119
///   prevention-intervention codes, but they name an intervention's content (e.g. nicotine and
///   tobacco cessation, dietary guidance), while `tilbudstype` names its form (course, team, home
///   visit ...). No FSIII code names a form, and mapping needs to content codes would be a guess,
///   so no FSIII code is used.
/// - `category` holds the needs as text; they are the municipality's own words, not a code system.
/// - `referralMethod` is text: HL7's referral-method codes are channels (fax, phone, mail ...),
///   while `adgang` says who refers (self, GP, municipal assessment).
/// - `availableTime` is never written: `tid` is free text, never structured days and hours. It goes
///   into `extraDetails` with the description, price and referral text.
/// - `communication` has a BCP 47 coding for language names with a known code, else text only.
/// - The municipality is an Organization of HL7 type `govt` (government), which it is.
public struct FHIRExport: Sendable {
    public private(set) var bundle: FHIR.Bundle

    public init(content: ExportContent) {
        let municipality = content.municipality
        var entries: [FHIR.Entry] = []
        var known: Set<String> = []
        func add(_ id: String, _ resource: FHIR.Resource) {
            if known.insert(id).inserted { entries.append(FHIR.Entry(fullUrl: "urn:uuid:\(id)", resource: resource)) }
        }
        let rootID = HSDSVocabulary.municipalityID(municipality.id)
        add(rootID, .organization(Self.organization(municipality)))
        for centre in content.centres {
            add(HSDSVocabulary.centreID(centre.id, municipality: municipality.id),
                .organization(Self.organization(centre, municipality: municipality.id, parent: rootID)))
        }
        var services: [FHIR.Entry] = []
        for offer in content.offers {
            let municipalityID = content.municipalityID(of: offer)
            let other = HSDSVocabulary.municipalityID(municipalityID)
            add(other, .organization(Self.organization(Municipality(id: municipalityID, name: municipalityID))))
            var owner = other
            if !offer.centre.isEmpty {
                owner = HSDSVocabulary.centreID(offer.centre, municipality: municipalityID)
                add(owner, .organization(Self.organization(Centre(id: offer.centre, name: offer.centre),
                                                           municipality: municipalityID, parent: other)))
            }
            var service = Self.service(offer, in: content, municipality: municipalityID, owner: owner)
            if !offer.place.isEmpty {
                let id = StableUUID.make("sted/\(municipalityID)/\(offer.place.name)|\(offer.place.address)")
                add(id, .location(FHIR.Location(id: id, status: "active", name: offer.place.name.nonEmpty, mode: "instance",
                                                address: offer.place.address.nonEmpty.map { FHIR.Address(text: $0) })))
                service.location = [FHIR.Reference(reference: "urn:uuid:\(id)", display: offer.place.name.nonEmpty)]
            }
            services.append(FHIR.Entry(fullUrl: "urn:uuid:\(service.id)", resource: .healthcareService(service)))
        }
        bundle = FHIR.Bundle(id: StableUUID.make("fhir-bundle/\(municipality.id)"), entry: entries + services)
    }

    /// The bundle as a JSON file named `name`.
    public func file(named name: String) throws(ExportError) -> ExportFile {
        try ExportFile.json(name, bundle)
    }

    static func service(_ offer: Offer, in content: ExportContent, municipality: String, owner: String) -> FHIR.HealthcareService {
        let id = HSDSVocabulary.serviceID(offer.id, municipality: municipality)
        var service = FHIR.HealthcareService(
            id: id, identifier: [FHIR.Identifier(type: FHIR.CodeableConcept(text: "Katalog-id"), value: offer.id)],
            active: offer.status != .ended, providedBy: FHIR.Reference(reference: "urn:uuid:\(owner)"), name: offer.name)
        service.comment = offer.summary.nonEmpty
        service.category = offer.needs.map { FHIR.CodeableConcept(text: content.needName($0)) }.nonEmpty
        service.type = offer.kind.map { [FHIR.CodeableConcept(text: $0.label)] }
        var details: [String] = []
        if !offer.description.isEmpty { details.append(offer.description) }
        if !offer.schedule.isEmpty { details.append("**Tid:** \(offer.schedule)") }
        if !offer.price.isEmpty { details.append("**Pris:** \(offer.price)") }
        if !offer.referral.isEmpty { details.append("**Tilmelding og henvisning:** \(offer.referral)") }
        service.extraDetails = details.joined(separator: "\n\n").nonEmpty
        service.telecom = telecom(offer.contact)
        if !offer.ages.isOpen || !offer.audience.isEmpty {
            service.eligibility = [FHIR.Eligibility(
                code: offer.ages.isOpen ? nil : FHIR.CodeableConcept(text: "Alder: \(offer.ages.label)"),
                comment: offer.audience.nonEmpty)]
        }
        service.communication = offer.languages.map { name in
            let coding = LanguageCode.code(for: name).map { [FHIR.Coding(system: "urn:ietf:bcp:47", code: $0, display: name)] }
            return FHIR.CodeableConcept(coding: coding, text: name)
        }.nonEmpty
        service.referralMethod = offer.access.map { FHIR.CodeableConcept(text: $0.label) }.nonEmpty
        if offer.status == .paused {
            service.notAvailable = [FHIR.NotAvailable(description: "Tilbuddet er midlertidigt sat på pause.")]
        }
        return service
    }

    static func organization(_ municipality: Municipality) -> FHIR.Organization {
        FHIR.Organization(
            id: HSDSVocabulary.municipalityID(municipality.id),
            identifier: municipality.id.nonEmpty.map { [FHIR.Identifier(type: FHIR.CodeableConcept(text: "Tilbudsguide kommune-id"), value: $0)] },
            active: true,
            type: [FHIR.CodeableConcept(coding: [FHIR.Coding(system: "http://terminology.hl7.org/CodeSystem/organization-type",
                                                             code: "govt", display: "Government")], text: "Kommune")],
            name: municipality.name.nonEmpty, telecom: WebAddress.checked(municipality.web).nonEmpty.map { [FHIR.ContactPoint(system: "url", value: $0)] })
    }

    static func organization(_ centre: Centre, municipality: String, parent: String) -> FHIR.Organization {
        FHIR.Organization(
            id: HSDSVocabulary.centreID(centre.id, municipality: municipality),
            identifier: [FHIR.Identifier(type: FHIR.CodeableConcept(text: "Tilbudsguide center-id"), value: centre.id)],
            active: true, name: centre.name, telecom: telecom(centre.contact),
            address: centre.address.nonEmpty.map { [FHIR.Address(text: $0)] },
            partOf: FHIR.Reference(reference: "urn:uuid:\(parent)"))
    }

    static func telecom(_ contact: Contact) -> [FHIR.ContactPoint]? {
        [("phone", contact.phone), ("email", contact.email), ("url", WebAddress.checked(contact.web))]
            .filter { !$0.1.isEmpty }.map { FHIR.ContactPoint(system: $0.0, value: $0.1) }.nonEmpty
    }
}

extension Array {
    /// nil for an empty array, so optional JSON lists are left out instead of written empty.
    var nonEmpty: Self? { isEmpty ? nil : self }
}
