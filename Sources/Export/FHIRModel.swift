/// The FHIR R4 (4.0.1) elements the export writes. Only elements defined by R4 appear, since
/// strict readers (and the tests, with `fhir.resources`) reject unknown ones; nil is left out.
public enum FHIR {
    public struct Bundle: Sendable, Encodable {
        public let resourceType = "Bundle"
        public var id: String
        /// Always `collection`: a set of resources to keep together, not a transaction.
        public let type = "collection"
        public var entry: [Entry]
    }

    public struct Entry: Sendable, Encodable {
        /// `urn:uuid:<id>`; references inside the bundle use the same form.
        public var fullUrl: String
        public var resource: Resource
    }

    public enum Resource: Sendable, Encodable {
        case organization(Organization)
        case location(Location)
        case healthcareService(HealthcareService)

        public func encode(to encoder: any Encoder) throws {
            switch self {
            case let .organization(value): try value.encode(to: encoder)
            case let .location(value): try value.encode(to: encoder)
            case let .healthcareService(value): try value.encode(to: encoder)
            }
        }
    }

    public struct Organization: Sendable, Encodable {
        public let resourceType = "Organization"
        public var id: String
        public var identifier: [Identifier]?
        public var active: Bool?
        public var type: [CodeableConcept]?
        public var name: String?
        public var telecom: [ContactPoint]?
        public var address: [Address]?
        public var partOf: Reference?
    }

    public struct Location: Sendable, Encodable {
        public let resourceType = "Location"
        public var id: String
        public var status: String?
        public var name: String?
        public var mode: String?
        public var address: Address?
        public var managingOrganization: Reference?
    }

    public struct HealthcareService: Sendable, Encodable {
        public let resourceType = "HealthcareService"
        public var id: String
        public var identifier: [Identifier]?
        public var active: Bool
        public var providedBy: Reference?
        public var category: [CodeableConcept]?
        public var type: [CodeableConcept]?
        public var location: [Reference]?
        public var name: String
        public var comment: String?
        public var extraDetails: String?
        public var telecom: [ContactPoint]?
        public var eligibility: [Eligibility]?
        public var communication: [CodeableConcept]?
        public var referralMethod: [CodeableConcept]?
        public var notAvailable: [NotAvailable]?
    }

    public struct Identifier: Sendable, Encodable {
        public var system: String?
        public var type: CodeableConcept?
        public var value: String
    }

    public struct CodeableConcept: Sendable, Encodable {
        public var coding: [Coding]?
        public var text: String?
    }

    public struct Coding: Sendable, Encodable {
        public var system: String
        public var code: String
        public var display: String?
    }

    public struct ContactPoint: Sendable, Encodable {
        /// phone, email or url.
        public var system: String
        public var value: String
    }

    public struct Address: Sendable, Encodable {
        public var text: String?
        public var country: String?
    }

    public struct Reference: Sendable, Encodable {
        public var reference: String
        public var display: String?
    }

    public struct Eligibility: Sendable, Encodable {
        public var code: CodeableConcept?
        public var comment: String?
    }

    public struct NotAvailable: Sendable, Encodable {
        public var description: String
    }
}
