/// The words of the citizen sheet, shared by the browser's print (`/udvalg`) and the PDF
/// (`CitizenSheet`), so the two never give a citizen different advice.
///
/// Only what the catalogue knows is said: a row without a value is left out, never filled with
/// "ikke oplyst" or "spørg"; every offer has exactly one contact line (`ContactRoute`).
public struct CitizenWording: Sendable, Hashable {
    /// One offer as the citizen reads it.
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var name: String
        public var paused: Bool
        /// The plain `kort`.
        public var summary: String
        /// Labelled rows in print order, only those with a value; the last is the contact.
        public var rows: [Row]
        public var contact: ContactRoute
    }

    /// A label and its value, e.g. ("Hvornår?", "En gang om ugen.").
    public struct Row: Sendable, Hashable {
        public var label: String
        public var value: String
    }

    public var entries: [Entry]
    public var municipality: Municipality
    public var printed: CalendarDate

    /// The words for `offers` (in the given order), looking contacts up in `centres`.
    public init(offers: [Offer], centres: [Centre], municipality: Municipality, printed: CalendarDate) {
        self.municipality = municipality
        self.printed = printed
        entries = offers.map { offer in
            let contact = ContactRoute(offer: offer, centres: centres, municipality: municipality)
            let rows = [
                Row(label: Self.whoLabel, value: Self.who(offer)),
                Row(label: Self.joinLabel, value: Self.joining(offer)),
                Row(label: Self.whereLabel, value: Self.place(offer)),
                Row(label: Self.whenLabel, value: Self.oneLine(offer.schedule)),
                Row(label: Self.priceLabel, value: Self.oneLine(offer.price)),
                Row(label: Self.contactLabel, value: contact.text),
            ].filter { !$0.value.isEmpty }
            return Entry(id: offer.id, name: offer.name, paused: offer.status == .paused,
                         summary: Self.oneLine(offer.summary), rows: rows, contact: contact)
        }
    }

    public static let whoLabel = "For hvem?"
    public static let joinLabel = "Sådan kommer du med"
    public static let whereLabel = "Hvor?"
    public static let whenLabel = "Hvornår?"
    public static let priceLabel = "Pris"
    public static let contactLabel = "Kontakt"

    /// "Tilbud til dig".
    public var title: String { "Tilbud til dig" }
    /// "fra Ishøj Kommune".
    public var sender: String { "fra \(municipalityName)" }
    /// One sentence that says what the sheet is.
    public var intro: String {
        entries.count == 1
            ? "Her kan du læse om et tilbud, som kan passe til dig."
            : "Her kan du læse om \(entries.count) tilbud, som kan passe til dig."
    }
    /// Said when an offer is paused.
    public static let pausedNote = "Tilbuddet holder pause lige nu."
    /// The staff member's box: its heading and the line under it; then "Navn:" and "Telefon:".
    public static let staffHeading = "Din kontaktperson i kommunen"
    public static let staffLine = "Har du spørgsmål, er du velkommen til at kontakte mig:"
    /// "Udskrevet 6. december 2026 · Ishøj Kommune · ishoj.dk".
    public var footer: String {
        ["Udskrevet \(printed.danishLong)", municipalityName, municipality.web].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    private var municipalityName: String { municipality.name.isEmpty ? "kommunen" : municipality.name }

    /// Who it is for, with the ages only when the catalogue states them.
    static func who(_ offer: Offer) -> String {
        var who = oneLine(offer.audience)
        if !offer.ages.isOpen { who += (who.isEmpty ? "" : " ") + "Alder: \(offer.ages.label)." }
        return who
    }

    /// How to get in, in plain words: the ways in, then the catalogue's own text about it.
    static func joining(_ offer: Offer) -> String {
        var sentences = offer.access.map { access in
            switch access {
            case .selfReferral: return "Du kan selv kontakte tilbuddet."
            case .doctorReferral: return "Din læge skal henvise dig."
            case .assessment: return "Kommunen skal først vurdere, om du kan få tilbuddet (visitation)."
            }
        }
        if !offer.referral.isEmpty { sentences.append(oneLine(offer.referral)) }
        return sentences.joined(separator: " ")
    }

    /// "Name, address", or "".
    static func place(_ offer: Offer) -> String {
        [offer.place.name, offer.place.address].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
