import Foundation
import OfferModel

/// Turns HSDS records into catalogue values (see `HSDSImport` for the rules).
struct HSDSMapping {
    let services: [HSDS.Service]
    let organizations: [HSDS.Organization]
    let terms: [String: HSDS.TaxonomyTerm]
    /// Need id -> position in `taxonomy_terms.json`, so needs keep the exporter's order.
    let termOrder: [String: Int]
    let source: String
    private let byID: [String: HSDS.Organization]

    init(services: [HSDS.Service], organizations: [HSDS.Organization], terms: [HSDS.TaxonomyTerm], source: String) {
        var all = organizations
        var seen = Set(organizations.map(\.id))
        for organization in services.compactMap(\.organization) where seen.insert(organization.id).inserted {
            all.append(organization)
        }
        self.services = services
        self.organizations = all
        self.terms = Dictionary(terms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        termOrder = Dictionary(terms.enumerated().map { (Self.needID($1), $0) }, uniquingKeysWith: { first, _ in first })
        self.source = source
        byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// kommune.yaml when the data names no municipality; the import notes ask for it to be fixed.
    static let unknownMunicipality = Municipality(id: "ukendt-kommune", name: "Ukendt kommune")

    func catalog() -> ImportedCatalog {
        var notes: [String] = []
        let municipalities = municipalityOrganizations()
        var municipalityOf: [String: Municipality] = [:]
        for organization in organizations where municipalities.contains(organization.id) {
            let name = organization.name.trimmed
            let id = identifier(organization, HSDSVocabulary.municipalityIdentifier)
                ?? Self.slug(name.hasSuffix(" Kommune") ? String(name.dropLast(" Kommune".count)) : name)
            municipalityOf[organization.id] = Municipality(id: id.isEmpty ? Self.unknownMunicipality.id : id,
                                                           name: name.isEmpty ? Self.unknownMunicipality.name : name,
                                                           web: WebAddress.catalogueForm(organization.website ?? ""))
        }
        let main = organizations.first { municipalities.contains($0.id) }.flatMap { municipalityOf[$0.id] } ?? Self.unknownMunicipality
        if main.id == Self.unknownMunicipality.id {
            notes.append("Dataene siger ikke, hvilken kommune de er fra; kommune.yaml har fået id '\(main.id)'. Ret den.")
        }

        var centreIDs: [String: String] = [:]
        var usedCentreIDs: Set<String> = []
        var centres: [Centre] = []
        let owners = Set(services.compactMap(owner))
        for organization in organizations where !municipalities.contains(organization.id) {
            let marked = identifier(organization, HSDSVocabulary.centreIdentifier)
            guard marked != nil || owners.contains(organization.id) else { continue }
            let id = Self.unique(marked ?? Self.slug(organization.name), in: &usedCentreIDs)
            centreIDs[organization.id] = id
            let contact = Contact(phone: Self.phone(organization.phones?.first?.number ?? ""), email: organization.email?.trimmed ?? "",
                                  web: WebAddress.catalogueForm(organization.website?.trimmed ?? ""))
            let address = organization.locations?.first?.addresses?.first.map(Self.format) ?? ""
            centres.append(Centre(id: id, name: organization.name.trimmed, description: organization.description.trimmed,
                                  contact: contact, address: address))
        }

        var usedOfferIDs: Set<String> = []
        var needs: [Need] = []
        var offers: [Offer] = []
        var uncategorised = 0
        for service in services {
            var offer = offer(service, usedIDs: &usedOfferIDs, needs: &needs)
            if offer.needs.isEmpty {
                uncategorised += 1
                offer.needs = ["uden-kategori"]
                if !needs.contains(where: { $0.id == "uden-kategori" }) {
                    needs.append(Need(id: "uden-kategori", name: "Uden kategori", description: "Tilbud, som HSDS-dataene ikke knytter til en kategori."))
                }
            }
            if let organization = owner(service) {
                offer.centre = centreIDs[organization] ?? ""
                offer.municipality = municipality(of: organization, in: municipalityOf)?.id ?? main.id
            } else {
                offer.municipality = main.id
            }
            if offer.summary.isEmpty {
                offer.summary = offer.name
                notes.append("'\(offer.id)' havde ingen beskrivelse; 'kort' er sat til navnet.")
            }
            offers.append(offer)
        }
        if uncategorised > 0 {
            notes.append("\(uncategorised) tilbud uden kategori fik behovet 'uden-kategori'.")
        }
        let order = { (need: Need) in termOrder[need.id] ?? Int.max }
        needs = needs.enumerated().sorted { (order($0.element), $0.offset) < (order($1.element), $1.offset) }.map(\.element)
        return ImportedCatalog(municipality: main, needs: needs, centres: centres, offers: offers, notes: notes)
    }

    private func offer(_ service: HSDS.Service, usedIDs: inout Set<String>, needs: inout [Need]) -> Offer {
        let name = service.name.trimmed
        var catalogueID: String?
        var offer = Offer(id: "", name: name, summary: "", needs: [])
        for attribute in service.attributes ?? [] {
            let term = attribute.taxonomy_term ?? attribute.taxonomy_term_id.flatMap { terms[$0] }
            let code = term?.code?.trimmed ?? ""
            switch attribute.link_type {
            case HSDSVocabulary.catalogueIDLink?:
                catalogueID = attribute.value?.trimmed
            case HSDSVocabulary.kindLink?:
                offer.kind = OfferKind(rawValue: code)
            case HSDSVocabulary.accessLink?:
                if let access = Access(rawValue: code), !offer.access.contains(access) { offer.access.append(access) }
            default:
                guard let term else { continue }
                let id = Self.needID(term)
                guard !id.isEmpty, !offer.needs.contains(id) else { continue }
                offer.needs.append(id)
                if !needs.contains(where: { $0.id == id }) {
                    needs.append(Need(id: id, name: term.name.trimmed, description: term.description.trimmed))
                }
            }
        }
        let base = catalogueID.flatMap { Self.slug($0) == $0 ? $0 : nil } ?? Self.slug(name)
        offer.id = Self.unique(base.isEmpty ? "tilbud" : base, in: &usedIDs)

        let text = (service.description ?? "").trimmed
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        offer.summary = lines.first.map { String($0).trimmed } ?? ""
        offer.description = lines.count > 1 ? String(lines[1]).trimmed : ""
        offer.ages = Self.ages(service.minimum_age, service.maximum_age)
        offer.audience = service.eligibility_description?.trimmed ?? ""
        offer.referral = service.application_process?.trimmed ?? ""
        offer.contact = Contact(phone: Self.phone(service.phones?.first?.number ?? ""), email: service.email?.trimmed ?? "",
                                web: WebAddress.catalogueForm(service.url?.trimmed ?? ""))
        if let location = service.service_at_locations?.compactMap(\.location).first {
            offer.place = Place(name: location.name?.trimmed ?? "", address: location.addresses?.first.map(Self.format) ?? "")
        }
        offer.schedule = (service.schedules ?? []).compactMap { $0.description?.trimmed }.filter { !$0.isEmpty }.joined(separator: "; ")
        offer.price = (service.fees_description ?? service.fees ?? "").trimmed
        offer.languages = (service.languages ?? []).compactMap { language in
            let name = language.name?.trimmed ?? ""
            if !name.isEmpty { return name }
            return language.code.map { LanguageCode.name(for: $0) ?? $0 }
        }
        offer.status = HSDSVocabulary.status(service.status)
        offer.lastVerified = service.assured_date.flatMap { CalendarDate(String($0.prefix(10))) }
        offer.sources = ["HSDS-import fra \(source), tjeneste \(service.id)"]
        return offer
    }

    /// Organizations that are municipalities: marked as such, else roots with children, else the only one.
    private func municipalityOrganizations() -> Set<String> {
        let marked = organizations.filter { identifier($0, HSDSVocabulary.municipalityIdentifier) != nil }
        if !marked.isEmpty { return Set(marked.map(\.id)) }
        let parents = Set(organizations.compactMap(\.parent_organization_id))
        let roots = organizations.filter { $0.parent_organization_id == nil && parents.contains($0.id) }
        if !roots.isEmpty { return Set(roots.map(\.id)) }
        return organizations.count == 1 ? [organizations[0].id] : []
    }

    /// The municipality an organization belongs to: itself or the nearest one up its parent chain.
    private func municipality(of organization: String, in municipalities: [String: Municipality]) -> Municipality? {
        var current: String? = organization
        for _ in 0..<16 {
            guard let id = current else { return nil }
            if let found = municipalities[id] { return found }
            current = byID[id]?.parent_organization_id
        }
        return nil
    }

    /// A need's id from its term: the code when it is a valid catalogue id, else made from the name.
    static func needID(_ term: HSDS.TaxonomyTerm) -> String {
        let code = term.code?.trimmed ?? ""
        return !code.isEmpty && slug(code) == code ? code : slug(term.name)
    }

    private func owner(_ service: HSDS.Service) -> String? { service.organization_id ?? service.organization?.id }

    private func identifier(_ organization: HSDS.Organization, _ type: String) -> String? {
        let value = organization.organization_identifiers?.first { $0.identifier_type == type }?.identifier.trimmed
        return value.flatMap { Self.slug($0) == $0 ? $0 : nil }
    }
}
