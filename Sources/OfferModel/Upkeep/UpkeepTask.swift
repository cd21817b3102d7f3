
/// Something a centre should do about one of its offers: the catalogue's warnings that are not
/// mistakes in the file but missing upkeep.
///
/// `tilbud validate` reports these as warnings and Redaktionen's work list shows them per offer;
/// both ask `UpkeepTask.tasks(for:today:)`, so the rule lives once.
public enum UpkeepTask: Sendable, Hashable {
    case noContact
    case noAccess
    case neverVerified
    case verifiedLongAgo(CalendarDate)

    /// Offers not verified within this many months should be verified again.
    public static let verificationMonths = 6

    /// What the offer lacks, in the order the catalogue's fields come. Ended offers need no
    /// contact, access route or verification. (An offer without a centre is an error, not a
    /// task: `CatalogRules`.)
    public static func tasks(for offer: Offer, today: CalendarDate) -> [UpkeepTask] {
        var tasks: [UpkeepTask] = []
        guard offer.status != .ended else { return tasks }
        if offer.contact.isEmpty { tasks.append(.noContact) }
        // A way in is a ticked route or one told in words (`henvisning`).
        if offer.access.isEmpty && offer.referral.trimmedWhitespace.isEmpty { tasks.append(.noAccess) }
        if let task = verification(offer.lastVerified, today: today) { tasks.append(task) }
        return tasks
    }

    /// The task a verification date (or its absence) gives, if any.
    public static func verification(_ date: CalendarDate?, today: CalendarDate) -> UpkeepTask? {
        guard let date else { return .neverVerified }
        return date.isOlder(thanMonths: verificationMonths, before: today) ? .verifiedLongAgo(date) : nil
    }

    /// The day an offer verified on date should be verified again: half a year later (sundhed.dk
    /// is brought up to date twice a year). Nil for an offer never verified, which is due at once.
    public static func dueDate(verified date: CalendarDate?) -> CalendarDate? {
        date?.adding(months: verificationMonths)
    }

    /// Why "the information is still correct" cannot be confirmed yet, field by field: an
    /// offer nobody can get into or reach is not correct however recently it was looked at.
    /// The centre's contact data count as a way to reach the offer.
    public static func verificationRefusals(for offer: Offer, centre: Centre?) -> [(field: String, reason: String)] {
        var refusals: [(field: String, reason: String)] = []
        if offer.access.isEmpty && offer.referral.trimmedWhitespace.isEmpty {
            refusals.append(("adgang", "Skriv, hvordan man kommer i gang med tilbuddet (adgang eller henvisning), før det kan bekræftes."))
        }
        if offer.contact.isEmpty && (centre?.contact.isEmpty ?? true) {
            refusals.append(("kontakt.telefon", "Skriv mindst én måde at kontakte tilbuddet på (telefon, e-mail eller web), før det kan bekræftes."))
        }
        return refusals
    }

    /// The catalogue field the task is about.
    public var field: String {
        switch self {
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
        case .noContact: "ingen kontaktoplysninger (telefon, e-mail eller web)"
        case .noAccess: "ingen adgangsvej: hverken 'adgang' (egen-henvendelse, henvisning-fra-laege eller visitation) eller 'henvisning'"
        case .neverVerified: "'sidst_verificeret' mangler: ingen har bekræftet oplysningerne"
        case let .verifiedLongAgo(date): "sidst verificeret \(date), mere end \(Self.verificationMonths) måneder siden"
        }
    }

    /// A short Danish label for a work list.
    public var label: String {
        switch self {
        case .noContact: "Ingen kontaktoplysninger"
        case .noAccess: "Ingen adgangsvej"
        case .neverVerified: "Aldrig verificeret"
        case let .verifiedLongAgo(date): "Verificeret \(date), over \(Self.verificationMonths) måneder siden"
        }
    }
}
