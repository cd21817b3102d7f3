internal import Editorial
import Foundation
import OfferModel

/// Who hears of a new "Meld fejl" report, as the report page tells the staff member.
public struct ReportAudience: Sendable, Hashable {
    /// The owning centre's name ("centret" when the offer has none).
    public var centreName: String
    /// The accounts that are mailed: the centre's editors with an address, else the administrators.
    public var recipients: [MailRecipient]
    /// Whether the centre has no editor with an address, so the administrators are told instead.
    public var viaAdministrators: Bool

    /// One sentence for the page: "Stabsenhed for Sundhedsudvikling får besked".
    public var sentence: String {
        if recipients.isEmpty { return "\(centreName) ser den på sin arbejdsliste i Redaktionen" }
        if viaAdministrators { return "Redaktionens administrator får besked og sender den videre til \(centreName)" }
        return "\(centreName) får besked"
    }
}

extension EditorialService {
    /// Who would hear of a report about offer: its centre's editors with an e-mail address,
    /// else the administrators with one (none when mail is not set up).
    public func reportAudience(offer: Offer, centreName: String?, recipients: [MailRecipient]) -> ReportAudience {
        let name = centreName ?? (offer.centre.isEmpty ? "centret" : offer.centre)
        guard post != nil else { return ReportAudience(centreName: name, recipients: [], viaAdministrators: false) }
        let editors = MailRecipient.editors(of: offer.centre, in: recipients)
        if !editors.isEmpty { return ReportAudience(centreName: name, recipients: editors, viaAdministrators: false) }
        return ReportAudience(centreName: name, recipients: MailRecipient.administrators(in: recipients), viaAdministrators: true)
    }

    /// Mails a new report to its audience, at most one message per offer an hour (later reports
    /// wait on the work list and in the monthly reminder). Nil when sent or not due; else the
    /// Danish reason, and the message stays recorded as unsent. The report is filed either way.
    @discardableResult
    public func notify(_ report: ErrorReport, offer: Offer, audience: ReportAudience, now: Date = Date()) -> String? {
        guard let post, !audience.recipients.isEmpty else { return nil }
        if let last = try? store.lastSent(.report, key: offer.id), now.timeIntervalSince(last) < 60 * 60 { return nil }
        var body = ["Hej", "", "En medarbejder har meldt en fejl i \"\(offer.name)\", som \(audience.centreName) ejer i Tilbudsguiden."]
        if audience.viaAdministrators {
            body.append("Ingen redaktør hos \(audience.centreName) har en e-mailadresse i Redaktionen, så beskeden går til administratoren, som sender den videre.")
        }
        body += ["", "Læs fejlmeldingen, ret tilbuddet og luk meldingen med en note her:", post.link("/redaktion/tilbud/\(offer.id)#fejlmeldinger"), "",
                 "(Fejlmeldingens tekst står kun i Redaktionen, hvor man skal logge ind: den kan handle om en borger.)",
                 "", "Venlig hilsen", "Tilbudsguiden"]
        return deliver(.report, about: offer.id, to: audience.recipients, subject: "Tilbudsguiden: ny fejlmelding om \(offer.name)",
                       lines: body, now: now)
    }
}
