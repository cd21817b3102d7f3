/// Whom a citizen should contact about an offer: the first that exists of the offer's own contact
/// data, its centre's, the unit that runs the tool (`driftsenhed` in `kommune.yaml`), and the
/// municipality itself. One rule for every face (cards, offer page, citizen sheet, GP overview,
/// export pages), so no two of them send the citizen different ways, and an administrator who
/// fills in one centre's phone number fixes every card of that centre.
public enum ContactRoute: Sendable, Hashable {
    case offer(Contact)
    case centre(name: String, contact: Contact)
    /// The unit that runs the tool and answers when neither the offer nor its centre has a contact.
    case operatorUnit(name: String, contact: Contact)
    /// The last way on: the municipality's name and web address (either may be empty).
    case municipality(name: String, web: String)

    /// The route for `offer`, given its centre and the unit that runs the tool (when known).
    /// Only channels a reader can use count: a web address that is not http(s) (`javascript:` ...)
    /// or an e-mail that is not an address is left out, as if it were not there.
    public init(offer: Offer, centre: Centre?, operatorUnit: Centre? = nil, municipality: Municipality) {
        let own = Self.usable(offer.contact)
        if !own.isEmpty {
            self = .offer(own)
        } else if let centre, case let contact = Self.usable(centre.contact), !contact.isEmpty {
            self = .centre(name: centre.name, contact: contact)
        } else if let operatorUnit, case let contact = Self.usable(operatorUnit.contact), !contact.isEmpty {
            self = .operatorUnit(name: operatorUnit.name, contact: contact)
        } else {
            self = .municipality(name: municipality.name, web: ContactInput.web(municipality.web).value ?? "")
        }
    }

    /// `contact` without the channels no reader can use.
    private static func usable(_ contact: Contact) -> Contact {
        var result = contact
        if ContactInput.web(contact.web).value == nil { result.web = "" }
        if !contact.email.isEmpty, ContactInput.email(contact.email).value == nil { result.email = "" }
        return result
    }

    /// The route for `offer`, looking its centre and the municipality's `driftsenhed` up in `centres`.
    public init(offer: Offer, centres: [Centre], municipality: Municipality) {
        let centre = offer.centre.isEmpty ? nil : centres.first { $0.id == offer.centre }
        let unit = municipality.operatorCentre.isEmpty ? nil : centres.first { $0.id == municipality.operatorCentre }
        self.init(offer: offer, centre: centre, operatorUnit: unit, municipality: municipality)
    }

    /// Who answers, when it is not the offer itself: a centre's, the unit's or the municipality's name.
    public var name: String {
        switch self {
        case .offer: return ""
        case let .centre(name, _), let .operatorUnit(name, _): return name
        case let .municipality(name, _): return name.isEmpty ? "Kommunen" : name
        }
    }

    /// The ways to reach them, in the order phone, e-mail, web.
    public var channels: [Channel] {
        switch self {
        case let .offer(contact), let .centre(_, contact), let .operatorUnit(_, contact): return Self.channels(contact)
        case let .municipality(_, web): return web.isEmpty ? [] : [.web(web)]
        }
    }

    /// One way to reach someone.
    public enum Channel: Sendable, Hashable {
        case phone(String), email(String), web(String)

        /// As printed: "tlf. 43 57 75 75", "a@b.dk", "ishoj.dk".
        public var text: String {
            switch self {
            case let .phone(number): return "tlf. \(number)"
            case let .email(address), let .web(address): return address
            }
        }
    }

    /// The whole line as plain text, e.g. "Sundhedsplejen: tlf. 43 57 75 75 · sp@ishoj.dk" or
    /// "Ishøj Kommune: ishoj.dk"; never empty.
    public var text: String {
        let reach = channels.map(\.text).joined(separator: " · ")
        if name.isEmpty { return reach }
        return reach.isEmpty ? name : "\(name): \(reach)"
    }

    private static func channels(_ contact: Contact) -> [Channel] {
        var result: [Channel] = []
        if !contact.phone.isEmpty { result.append(.phone(contact.phone)) }
        if !contact.email.isEmpty { result.append(.email(contact.email)) }
        if !contact.web.isEmpty { result.append(.web(contact.web)) }
        return result
    }
}
