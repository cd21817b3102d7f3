import Foundation
import OfferModel

/// The Danish wording of one offer's facts, shared by result cards, the detail page and the
/// citizen sheet, so they never disagree. (The page script words new results the same way.)
struct OfferFacts {
    let offer: Offer
    let municipality: Municipality
    let today: CalendarDate
    /// The offer's centre when the caller knows it (its contact is the second choice).
    var centre: Centre? = nil

    /// Entries older than this many months are marked on the page.
    static let staleAfterMonths = 6

    /// Who it is for and the ages: "Borgere med kronisk sygdom (alle aldre)".
    var audience: String {
        var text = offer.audience.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(".") { text.removeLast() }
        return text.isEmpty ? offer.ages.label.capitalizedFirst : "\(text) (\(offer.ages.label))"
    }

    /// How to get in: access routes, then the referral text.
    var access: String {
        var text = offer.access.map(\.label).joined(separator: ", ").capitalizedFirst
        if !offer.referral.isEmpty { text += text.isEmpty ? offer.referral : " – \(offer.referral)" }
        return text
    }

    /// Where: the place, else the centre's name; empty when neither is known.
    func place(centreName: String) -> String {
        let place = [offer.place.name, offer.place.address].filter { !$0.isEmpty }.joined(separator: ", ")
        return place.isEmpty ? centreName : place
    }

    /// Phone, e-mail and web as links, chosen by `ContactRoute`; never empty: without any,
    /// "se <kommunens web>".
    var contact: HTML {
        switch ContactRoute(offer: offer, centre: centre) {
        case let .offer(contact): return Self.links(contact)
        case let .centre(name, contact): return "\(name): \(Self.links(contact))"
        case .municipality: return fallbackContact
        }
    }

    private static func links(_ contact: Contact) -> HTML {
        var parts: [HTML] = []
        if !contact.phone.isEmpty {
            let digits = contact.phone.filter { $0.isNumber || $0 == "+" }
            parts.append("<a href=\"tel:\(digits)\">\(contact.phone)</a>")
        }
        if !contact.email.isEmpty { parts.append("<a href=\"mailto:\(contact.email)\">\(contact.email)</a>") }
        if !contact.web.isEmpty { parts.append("<a href=\"\(Self.webURL(contact.web))\">\(contact.web)</a>") }
        return HTML.join(parts, separator: " · ")
    }

    /// "se ishoj.dk" (a link), or the municipality's name when it has no web address.
    var fallbackContact: HTML {
        if municipality.web.isEmpty { return "kontakt \(municipality.name.isEmpty ? "kommunen" : municipality.name)" }
        return "se <a href=\"\(Self.webURL(municipality.web))\">\(municipality.web)</a>"
    }

    /// Whether `sidst_verificeret` is missing or older than `staleAfterMonths`.
    var isStale: Bool {
        guard let date = offer.lastVerified else { return true }
        return date.isOlder(thanMonths: Self.staleAfterMonths, before: today)
    }

    /// "2026-10-01", marked when old; "ikke verificeret" when missing.
    var verified: HTML {
        guard let date = offer.lastVerified else { return "<span class=\"advarsel\">ikke verificeret</span>" }
        if isStale { return "\(date.description) <span class=\"advarsel\">(over 6 måneder siden)</span>" }
        return "\(date.description)"
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
