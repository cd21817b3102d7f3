import Foundation
import OfferModel

/// The Danish wording of one offer's facts, shared by result cards and the detail page, so they
/// never disagree. (The page script words new results the same way.) A fact the catalogue does not
/// hold is left out, never filled with "ikke oplyst".
struct OfferFacts {
    let offer: Offer
    let municipality: Municipality
    let today: CalendarDate
    /// Every centre, to find the offer's own and the unit that runs the tool (`ContactRoute`).
    var centres: [Centre] = []
    /// The age the search filters on, if any: an offer that states no age then says so.
    var age: Int? = nil

    /// Entries older than this many months are marked on the page.
    static let staleAfterMonths = 6
    /// Said on a card when an age filter is set and the offer states no age.
    static let noAgeLabel = "alder ikke angivet"

    /// Who it is for, with the ages when stated: "Ældre borgere (65 år og ældre)"; "" when neither is known.
    var audience: String {
        var text = offer.audience.trimmedWhitespace
        if text.hasSuffix(".") { text.removeLast() }
        if offer.ages.isOpen { return text }
        return text.isEmpty ? offer.ages.label.capitalizedFirst : "\(text) (\(offer.ages.label))"
    }

    /// The card's "For" row: the audience, and "alder ikke angivet" when an age filter is set and
    /// the offer states no age.
    var audienceWithAgeNote: HTML {
        let note: HTML = age != nil && offer.ages.isOpen ? "<span class=\"uden-alder\">\(Self.noAgeLabel)</span>" : ""
        if audience.isEmpty { return note }
        return note.markup.isEmpty ? "\(audience)" : "\(audience) \(note)"
    }

    /// How to get in: access routes, then the referral text.
    var access: String {
        var text = offer.access.map(\.label).joined(separator: ", ").capitalizedFirst
        if !offer.referral.isEmpty { text += text.isEmpty ? offer.referral : " – \(offer.referral)" }
        return text
    }

    /// Whom to contact: the one line `ContactRoute` chooses.
    var route: ContactRoute { ContactRoute(offer: offer, centres: centres, municipality: municipality) }

    /// The contact line with phone, e-mail and web as links; never empty.
    var contact: HTML { Self.contact(route) }

    static func contact(_ route: ContactRoute) -> HTML {
        let links: [HTML] = route.channels.map { channel in
            switch channel {
            case let .phone(number):
                let digits = number.filter { $0.isNumber || $0 == "+" }
                return "<a href=\"tel:\(digits)\">\(channel.text)</a>"
            case let .email(address): return "<a href=\"mailto:\(address)\">\(address)</a>"
            case let .web(address): return "<a href=\"\(webURL(address))\">\(address)</a>"
            }
        }
        let reach = HTML.join(links, separator: " · ")
        if route.name.isEmpty { return reach }
        return links.isEmpty ? "\(route.name)" : "\(route.name): \(reach)"
    }

    /// Whether `sidst_verificeret` is older than `staleAfterMonths`.
    var isStale: Bool {
        guard let date = offer.lastVerified else { return false }
        return date.isOlder(thanMonths: Self.staleAfterMonths, before: today)
    }

    /// "Bekræftet 3. dec. 2026" (quietly marked when old); "" when the centre has not confirmed it.
    var verified: HTML {
        guard let date = offer.lastVerified else { return "" }
        let text = "Bekræftet \(date.danishShort)"
        return isStale ? "\(text) <span class=\"gammel\">(over 6 måneder siden)</span>" : "\(text)"
    }

    /// The date alone, for the offer page's "Bekræftet af centret" row: "3. december 2026".
    var verifiedDate: HTML {
        guard let date = offer.lastVerified else { return "" }
        return isStale ? "\(date.danishLong) <span class=\"gammel\">(over 6 måneder siden)</span>" : "\(date.danishLong)"
    }

    /// The one line a page shows when most offers on it are unconfirmed; "" otherwise.
    static func verificationNote(_ offers: [Offer]) -> HTML {
        let missing = offers.filter { $0.lastVerified == nil }.count
        guard !offers.isEmpty, 2 * missing > offers.count else { return "" }
        let text = missing == offers.count
            ? "Oplysningerne kommer fra kommunens egne dokumenter og er endnu ikke bekræftet af centrene."
            : "\(missing) af \(offers.count) tilbud her er endnu ikke bekræftet af centrene."
        return "<p class=\"bekraeft-note\">\(text)</p>"
    }

    /// A web address as a safe link: anything but http(s) gets `https://` in front.
    static func webURL(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? text : "https://" + text
    }
}

extension String {
    /// The text with its first letter upper-case.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
