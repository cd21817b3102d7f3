import Foundation

/// An offer as the texts of a form, field by field, and back: what Redaktionen's form shows and
/// sends, and what its audit log compares (`FieldChange` old → new).
///
/// Keys are the catalogue's field names, nested ones with a dot (`kontakt.telefon`). Lists hold
/// one item a line. Turning texts back into an offer only checks what the `Offer` type cannot
/// hold (a number, a known status); every catalogue rule is applied afterwards by reading the
/// rendered file with `CatalogLoader`, exactly as `tilbud validate` does.
public enum OfferFields {
    /// The fields whose value is a list, one item a line.
    public static let lists: Set<String> = ["behov", "adgang", "sprog", "soegeord", "situationer", "kilde"]

    /// Every field's text; empty fields are there with an empty text.
    public static func values(of offer: Offer) -> [String: String] {
        [
            "navn": offer.name, "kort": offer.summary, "beskrivelse": offer.description,
            "behov": offer.needs.joined(separator: "\n"),
            "alder.fra": offer.ages.from.map(String.init) ?? "", "alder.til": offer.ages.to.map(String.init) ?? "",
            "center": offer.centre, "maalgruppe": offer.audience,
            "adgang": offer.access.map(\.rawValue).joined(separator: "\n"), "henvisning": offer.referral,
            "kontakt.telefon": offer.contact.phone, "kontakt.email": offer.contact.email, "kontakt.web": offer.contact.web,
            "sted.navn": offer.place.name, "sted.adresse": offer.place.address,
            "tid": offer.schedule, "pris": offer.price, "sprog": offer.languages.joined(separator: "\n"),
            "status": offer.status.rawValue, "sidst_verificeret": offer.lastVerified?.description ?? "",
            "ansvarlig": offer.owner, "soegeord": offer.keywords.joined(separator: "\n"),
            "situationer": offer.situations.joined(separator: "\n"),
            "tilbudstype": offer.kind?.rawValue ?? "", "kilde": offer.sources.joined(separator: "\n"),
            "intern.note": offer.internalInfo?.note ?? "", "intern.telefon": offer.internalInfo?.phone ?? "",
        ]
    }

    /// A field the form could not turn into a value, with a Danish message.
    public struct Problem: Sendable, Hashable {
        public var field: String
        public var message: String
    }

    /// The offer the texts describe. Fields missing from texts keep base's value (`kommune`
    /// has no form field); `id` is given. Line breaks from browsers (`\r\n`) become `\n`, and
    /// each text is trimmed.
    public static func offer(id: String, from texts: [String: String], base: Offer) -> (offer: Offer, problems: [Problem]) {
        var problems: [Problem] = []
        func text(_ field: String, _ current: String) -> String {
            guard let raw = texts[field] else { return current }
            return raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func list(_ field: String, _ current: [String]) -> [String] {
            guard texts[field] != nil else { return current }
            return text(field, "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func age(_ field: String, _ current: Int?) -> Int? {
            let value = text(field, current.map(String.init) ?? "")
            guard !value.isEmpty else { return nil }
            guard let number = Int(value) else {
                problems.append(Problem(field: field, message: "skal være et helt antal år, fx 65 (eller tomt)"))
                return current
            }
            return number
        }
        var offer = base
        offer.id = id
        offer.name = text("navn", base.name)
        offer.summary = text("kort", base.summary)
        offer.description = text("beskrivelse", base.description)
        offer.needs = list("behov", base.needs)
        offer.ages = AgeRange(from: age("alder.fra", base.ages.from), to: age("alder.til", base.ages.to))
        offer.centre = text("center", base.centre)
        offer.audience = text("maalgruppe", base.audience)
        offer.access = list("adgang", base.access.map(\.rawValue)).compactMap { value in
            if let access = Access(rawValue: value) { return access }
            problems.append(Problem(field: "adgang", message: "ukendt adgang '\(value)'; brug egen-henvendelse, henvisning-fra-laege eller visitation"))
            return nil
        }
        offer.referral = text("henvisning", base.referral)
        // Written in canonical form ("4357-7000" as "43 57 70 00"); what cannot be used is left
        // as typed, for the catalogue's rules to report beside its field.
        func contact(_ field: String, _ current: String, _ rule: (String) -> ContactInput.Checked) -> String {
            let typed = text(field, current)
            return rule(typed).value ?? typed
        }
        offer.contact = Contact(phone: contact("kontakt.telefon", base.contact.phone, ContactInput.phone),
                                email: contact("kontakt.email", base.contact.email, ContactInput.email),
                                web: contact("kontakt.web", base.contact.web, ContactInput.web))
        offer.place = Place(name: text("sted.navn", base.place.name), address: text("sted.adresse", base.place.address))
        offer.schedule = text("tid", base.schedule)
        offer.price = text("pris", base.price)
        offer.languages = list("sprog", base.languages)
        let status = text("status", base.status.rawValue)
        if let value = OfferStatus(rawValue: status) { offer.status = value } else {
            problems.append(Problem(field: "status", message: "ukendt status '\(status)'; brug aktiv, pause eller ophoert"))
        }
        let verified = text("sidst_verificeret", base.lastVerified?.description ?? "")
        if verified.isEmpty { offer.lastVerified = nil } else if let date = CalendarDate(verified) { offer.lastVerified = date } else {
            problems.append(Problem(field: "sidst_verificeret", message: "skal være en dato som 2026-03-31, ikke '\(verified)'"))
        }
        offer.owner = text("ansvarlig", base.owner)
        offer.keywords = list("soegeord", base.keywords)
        offer.situations = list("situationer", base.situations)
        let kind = text("tilbudstype", base.kind?.rawValue ?? "")
        if kind.isEmpty { offer.kind = nil } else if let value = OfferKind(rawValue: kind) { offer.kind = value } else {
            problems.append(Problem(field: "tilbudstype", message: "ukendt tilbudstype '\(kind)'"))
        }
        offer.sources = list("kilde", base.sources)
        let note = text("intern.note", base.internalInfo?.note ?? ""), phone = text("intern.telefon", base.internalInfo?.phone ?? "")
        offer.internalInfo = note.isEmpty && phone.isEmpty ? nil : InternalInfo(note: note, phone: phone)
        return (offer, problems)
    }

    /// The fields whose text differs between two offers, old → new, in the guide's order.
    public static func changes(from old: Offer?, to new: Offer) -> [(field: String, old: String, new: String)] {
        let before = old.map(values(of:)) ?? [:]
        let after = values(of: new)
        return OfferFieldGuide.all.map(\.field).compactMap { field in
            let was = before[field] ?? "", now = after[field] ?? ""
            return was == now ? nil : (field, was, now)
        }
    }
}
