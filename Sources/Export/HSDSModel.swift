/// The parts of Open Referral HSDS 3.0 that Tilbudsguide writes and reads, with HSDS's own
/// (snake_case) field names. Optional fields that are nil are left out of the JSON; every
/// object validates against the official schemas (`compiled/service.json` and friends).
public enum HSDS {
    public struct Service: Sendable, Hashable, Codable {
        public var id: String
        public var organization_id: String?
        public var name: String
        public var description: String?
        public var url: String?
        public var email: String?
        /// active, inactive, defunct or temporarily closed.
        public var status: String
        public var application_process: String?
        public var fees_description: String?
        /// Deprecated in 3.0; read on import only.
        public var fees: String?
        public var eligibility_description: String?
        public var minimum_age: Double?
        public var maximum_age: Double?
        /// The day the facts were last confirmed (`sidst_verificeret`).
        public var assured_date: String?
        public var phones: [Phone]?
        public var schedules: [Schedule]?
        public var service_at_locations: [ServiceAtLocation]?
        public var languages: [Language]?
        public var organization: Organization?
        public var attributes: [Attribute]?
    }

    public struct Organization: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var description: String
        public var email: String?
        public var website: String?
        public var parent_organization_id: String?
        public var phones: [Phone]?
        public var locations: [Location]?
        public var organization_identifiers: [OrganizationIdentifier]?
    }

    public struct OrganizationIdentifier: Sendable, Hashable, Codable {
        public var id: String
        public var organization_id: String?
        public var identifier_scheme: String?
        public var identifier_type: String
        public var identifier: String
    }

    public struct Phone: Sendable, Hashable, Codable {
        public var id: String
        public var service_id: String?
        public var organization_id: String?
        public var number: String
        public var type: String?
    }

    public struct Schedule: Sendable, Hashable, Codable {
        public var id: String
        public var service_id: String?
        public var description: String?
    }

    public struct Language: Sendable, Hashable, Codable {
        public var id: String
        public var service_id: String?
        public var name: String?
        public var code: String?
    }

    public struct ServiceAtLocation: Sendable, Hashable, Codable {
        public var id: String
        public var service_id: String?
        public var location_id: String?
        public var location: Location?
    }

    public struct Location: Sendable, Hashable, Codable {
        public var id: String
        /// physical, postal or virtual.
        public var location_type: String
        public var organization_id: String?
        public var name: String?
        public var addresses: [Address]?
    }

    /// HSDS requires every part of an address; the catalogue has one line of free text, which goes
    /// into `address_1`, with the parts it does not know left empty rather than guessed.
    public struct Address: Sendable, Hashable, Codable {
        public var id: String
        public var location_id: String?
        public var address_1: String
        public var address_2: String?
        public var city: String
        public var state_province: String
        public var postal_code: String
        public var country: String
        public var address_type: String
    }

    public struct Attribute: Sendable, Hashable, Codable {
        public var id: String
        public var link_id: String?
        public var link_type: String?
        public var link_entity: String?
        public var taxonomy_term_id: String?
        public var value: String?
        public var taxonomy_term: TaxonomyTerm?
    }

    public struct TaxonomyTerm: Sendable, Hashable, Codable {
        public var id: String
        public var code: String?
        public var name: String
        public var description: String
        public var taxonomy: String?
        public var taxonomy_id: String?
        public var taxonomy_detail: Taxonomy?
        public var language: String?
    }

    public struct Taxonomy: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var description: String
        public var version: String?
    }
}
