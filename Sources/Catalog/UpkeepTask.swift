import OfferModel

/// Something a centre should do about one of its offers: the catalogue's warnings that are not
/// mistakes in the file but missing upkeep.
///
/// `tilbud validate` reports these as warnings and Redaktionen's work list shows them per offer;
/// both ask `UpkeepTask.tasks(for:today:)`, so the rule lives once.
public enum UpkeepTask: Sendable, Hashable {
    case noCentre
    case noContact
    case noAccess
    case neverVerified
    case verifiedLongAgo(CalendarDate)

    /// Offers not verified within this many months should be verified again.
    public static let verificationMonths = 6

    /// What the offer lacks, in the order the catalogue's fields come. Ended offers need no
    /// contact, access route or verification.
    public static func tasks(for offer: Offer, today: CalendarDate) -> [UpkeepTask] {
        var tasks: [UpkeepTask] = []
        if offer.centre.isEmpty { tasks.append(.noCentre) }
        guard offer.status != .ended else { return tasks }
        if offer.contact.isEmpty { tasks.append(.noContact) }
        if offer.access.isEmpty { tasks.append(.noAccess) }
        if let task = verification(offer.lastVerified, today: today) { tasks.append(task) }
        return tasks
    }

    /// The task a verification date (or its absence) gives, if any.
    public static func verification(_ date: CalendarDate?, today: CalendarDate) -> UpkeepTask? {
        guard let date else { return .neverVerified }
        return date.isOlder(thanMonths: verificationMonths, before: today) ? .verifiedLongAgo(date) : nil
    }

    /// The catalogue field the task is about.
    public var field: String {
        switch self {
        case .noCentre: "center"
        case .noContact: "kontakt"
        case .noAccess: "adgang"
        case .neverVerified, .verifiedLongAgo: "sidst_verificeret"
        }
    }

    /// Whether re-verifying the offer is what the task asks.
    public var isVerification: Bool { field == "sidst_verificeret" }

    /// The validator's Danish warning.
    public var message: String {
        switch self {
        case .noCentre: "intet 'center': hvilket center ejer tilbuddet?"
        case .noContact: "ingen kontaktoplysninger (telefon, e-mail eller web)"
        case .noAccess: "ingen adgangsvej ('adgang': egen-henvendelse, henvisning-fra-laege eller visitation)"
        case .neverVerified: "'sidst_verificeret' mangler: ingen har bekræftet oplysningerne"
        case let .verifiedLongAgo(date): "sidst verificeret \(date), mere end \(Self.verificationMonths) måneder siden"
        }
    }

    /// A short Danish label for a work list.
    public var label: String {
        switch self {
        case .noCentre: "Intet center"
        case .noContact: "Ingen kontaktoplysninger"
        case .noAccess: "Ingen adgangsvej"
        case .neverVerified: "Aldrig verificeret"
        case let .verifiedLongAgo(date): "Verificeret \(date), over \(Self.verificationMonths) måneder siden"
        }
    }
}
