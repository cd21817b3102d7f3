import OfferModel

/// Danish wording both handouts share, built only from what the catalogue says.
struct HandoutWording {
    let content: HandoutContent

    private static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                                 "september", "oktober", "november", "december"]

    /// E.g. "3. maj 2026".
    static func date(_ date: CalendarDate) -> String {
        "\(date.day). \(months[date.month - 1]) \(date.year)"
    }

    /// The municipality's web address, or a plain phrase when the catalogue has none.
    var web: String {
        content.municipality.web.isEmpty ? "kommunens hjemmeside" : content.municipality.web
    }

    /// The municipality's name, or a plain phrase when the catalogue has none.
    var municipality: String {
        content.municipality.name.isEmpty ? "kommunen" : content.municipality.name
    }

    /// Who to contact; never empty: the offer's own contact, else its centre's, else "se <web>".
    func contact(for offer: Offer) -> String {
        switch ContactRoute(offer: offer, centre: content.centre(offer.centre)) {
        case let .offer(contact): return Self.contact(contact)
        case let .centre(name, contact): return "\(name): \(Self.contact(contact))"
        case .municipality: return "se \(web)"
        }
    }

    /// The centre's name, or "" when the offer has none.
    func centreName(for offer: Offer) -> String {
        offer.centre.isEmpty ? "" : content.centre(offer.centre)?.name ?? offer.centre
    }

    /// "Name, address", or "".
    static func place(_ offer: Offer) -> String {
        [offer.place.name, offer.place.address].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The footer's verification note: the oldest `sidst_verificeret`, and how many offers have none.
    static func verification(_ offers: [Offer]) -> String {
        let dates = offers.compactMap(\.lastVerified)
        let missing = offers.count - dates.count
        let unverified = "ikke verificeret for \(missing) af \(offers.count) tilbud"
        guard let oldest = dates.min() else { return "Sidst verificeret: \(unverified)" }
        let oldestText = "ældste \(date(oldest))"
        return missing == 0 ? "Sidst verificeret: \(oldestText)" : "Sidst verificeret: \(oldestText); \(unverified)"
    }

    private static func contact(_ contact: Contact) -> String {
        var parts: [String] = []
        if !contact.phone.isEmpty { parts.append("tlf. \(contact.phone)") }
        if !contact.email.isEmpty { parts.append(contact.email) }
        if !contact.web.isEmpty { parts.append(contact.web) }
        return parts.joined(separator: " · ")
    }
}
