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

    /// The one contact line (`ContactRoute`): never empty.
    func contact(for offer: Offer) -> String {
        ContactRoute(offer: offer, centres: content.centres, municipality: content.municipality).text
    }

    /// The centre's name, or "" when the offer has none.
    func centreName(for offer: Offer) -> String {
        offer.centre.isEmpty ? "" : content.centre(offer.centre)?.name ?? offer.centre
    }

    /// "Name, address", or "".
    static func place(_ offer: Offer) -> String {
        [offer.place.name, offer.place.address].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The verification said once per document: how many offers the centres have not confirmed
    /// yet, or, when all are, the oldest confirmation.
    static func verification(_ offers: [Offer]) -> String {
        let missing = offers.filter { $0.lastVerified == nil }.count
        guard missing > 0 else {
            return offers.compactMap(\.lastVerified).min().map { "Alle tilbud er bekræftet af centrene, ældste \(date($0))." } ?? ""
        }
        if missing == offers.count { return "Oplysningerne kommer fra kommunens egne dokumenter og er endnu ikke bekræftet af centrene." }
        return "\(missing) af \(offers.count) tilbud er endnu ikke bekræftet af centrene."
    }
}
