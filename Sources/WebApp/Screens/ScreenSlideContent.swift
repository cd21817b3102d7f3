import Directory
import Foundation
import OfferModel

/// The words and QR code of one offer on an info screen, worked out once: the page renders them
/// as HTML, and the screen's script gets them as JSON (`/skaerm/<id>/data`) and only puts them
/// in place, so the two never word an offer differently.
struct ScreenSlideContent: Sendable, Encodable {
    var id: String
    var name: String
    var summary: String
    /// Who it is for ("Borgere på 65-79 år ... (65-79 år)"): `maalgruppe`, and the ages when the
    /// offer has limits; empty when the catalogue says neither.
    var audience: String
    /// How to get in; empty when the catalogue does not say.
    var access: String
    /// "Hvornår" for `tid` as written, "Næste gang" for the dates it names.
    var whenLabel: String
    /// `tid`, or its next dates; empty when it names only dates that have passed, or is not given.
    var when: String
    /// One way to get in touch (`ContactRoute`), never empty.
    var contact: String
    /// The offer's page as the phone opens it (the QR code's text).
    var address: String
    /// The address without `https://`, as it is shown under the code, with a zero-width space after
    /// each `/` so a long address breaks there and not inside a word.
    var shownAddress: String
    /// The QR code: side of the picture in modules and the dark modules' path; nil when none could be made.
    var qr: QRPicture?

    struct QRPicture: Sendable, Encodable {
        var side: Int
        var path: String
        enum CodingKeys: String, CodingKey { case side = "side", path = "sti" }
    }

    enum CodingKeys: String, CodingKey {
        case id, name = "navn", summary = "kort", audience = "maalgruppe", access = "adgang", whenLabel = "tidOverskrift"
        case when = "tid", contact = "kontakt", address = "adresse", shownAddress = "vistAdresse", qr
    }

    /// `base`: the public address the site is reached at (`adresse`), without a trailing `/`.
    init(_ slide: ScreenSlide, municipality: Municipality, centres: [Centre], base: String, today: CalendarDate) {
        let offer = slide.offer
        let facts = OfferFacts(offer: offer, municipality: municipality, today: today, centres: centres)
        id = offer.id
        name = offer.name
        summary = offer.summary
        // A waiting room needs no "alle aldre" after every offer: the ages only when they limit.
        var stated = offer.audience.trimmingCharacters(in: .whitespaces)
        if stated.hasSuffix(".") { stated.removeLast() }
        audience = offer.ages.isOpen ? stated : facts.audience
        access = facts.access
        if slide.scheduleHasDates {
            whenLabel = "Næste gang"
            when = slide.upcomingDates.map(Self.day).joined(separator: ", ")
        } else {
            whenLabel = "Hvornår"
            when = offer.schedule
        }
        // Read from across a room: plain text, no links.
        contact = facts.route.text
        address = base + "/tilbud/" + offer.id
        shownAddress = address.replacingOccurrences(of: "https://", with: "").replacingOccurrences(of: "http://", with: "")
            .replacingOccurrences(of: "/", with: "/\u{200B}")
        qr = QRCode(address).map { QRPicture(side: $0.side, path: $0.svgPath) }
    }

    static let weekdays = ["torsdag", "fredag", "lørdag", "søndag", "mandag", "tirsdag", "onsdag"]
    static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                         "november", "december"]

    /// "torsdag 4. marts 2027" (1 January 1970, day 0, was a Thursday).
    static func day(_ date: CalendarDate) -> String {
        let weekday = weekdays[((date.dayNumber % 7) + 7) % 7]
        return "\(weekday) \(date.day). \(months[date.month - 1]) \(date.year)"
    }
}
