internal import Editorial
import Foundation
import OfferModel

/// The Danish text of the reminders: plain words, one link per offer to its form, no personal
/// data beyond the names of the accounts.
struct ReminderLetters {
    let post: PostOffice
    let municipality: String
    let today: CalendarDate

    /// An editor's message: their centre's due and overdue offers and open reports.
    func reminder(for name: String, centre: String, offers: [DueOffer]) -> (kind: MailRecord.Kind, subject: String, body: String, offers: [String]) {
        let sorted = offers.sorted { ($0.due.date, $0.offer.name) < ($1.due.date, $1.offer.name) }
        let late = sorted.filter { $0.state >= .overdue }
        let soon = sorted.filter { $0.state == .dueSoon }
        let reported = sorted.filter { $0.openReports > 0 }
        let toCheck = late.count + soon.count
        var subject = "Tilbudsguiden: \(toCheck == 1 ? "1 tilbud" : "\(toCheck) tilbud") skal bekræftes"
        if toCheck == 0 { subject = "Tilbudsguiden: åbne fejlmeldinger" }
        subject += " – \(centre)"
        var lines = ["Hej \(name)", "",
                     "Her er det, \(centre) skal se på i Tilbudsguiden (\(municipality)). Åbn hvert tilbud, ret det, der er forkert eller mangler, og tryk \"Oplysningerne er stadig korrekte\". Hvert tilbud skal bekræftes mindst hvert halve år."]
        if !late.isEmpty {
            lines += ["", "Skulle have været bekræftet:"]
            lines += late.flatMap { item(for: $0) }
        }
        if !soon.isEmpty {
            lines += ["", "Skal bekræftes inden for den næste måned:"]
            lines += soon.flatMap { item(for: $0) }
        }
        if !reported.isEmpty {
            lines += ["", "Åbne fejlmeldinger fra medarbejdere:"]
            lines += reported.flatMap { ["- \($0.offer.name): \($0.openReports == 1 ? "1 åben fejlmelding" : "\($0.openReports) åbne fejlmeldinger")",
                                         "  " + post.link("/redaktion/tilbud/\($0.offer.id)#fejlmeldinger")] }
        }
        lines += ["", "Hele arbejdslisten: " + post.link("/redaktion")] + closing
        return (.reminder, subject, lines.joined(separator: "\n"), sorted.map(\.offer.id))
    }

    /// An administrator's overview: per centre what is due, overdue and overdue for more than 30 days.
    func overview(for name: String, offers: [DueOffer], centres: [Centre], recipients: [MailRecipient])
        -> (kind: MailRecord.Kind, subject: String, body: String, offers: [String]) {
        let checking = offers.filter { $0.state != .later }
        let escalated = checking.filter { $0.state == .escalated }
        let overdue = checking.filter { $0.state >= .overdue }
        let subject = "Tilbudsguiden: overblik – \(overdue.count) tilbud forfaldne, \(escalated.count) i over \(VerificationDue.escalationDays) dage"
        var lines = ["Hej \(name)", "",
                     "Sådan står halvårsrunden i Tilbudsguiden (\(municipality)) i dag, \(today.spelledOut). Hvert center, der har en redaktør med e-mail, har fået en påmindelse om sine egne tilbud."]
        let byCentre = Dictionary(grouping: checking, by: \.offer.centre)
        for centre in centres where byCentre[centre.id] != nil {
            let own = byCentre[centre.id] ?? []
            let editors = MailRecipient.editors(of: centre.id, in: recipients).map(\.name)
            lines += ["", centre.name,
                      "  Skal bekræftes snart: \(own.count { $0.state == .dueSoon }) · forfaldne: \(own.count { $0.state == .overdue }) · forfaldne i over \(VerificationDue.escalationDays) dage: \(own.count { $0.state == .escalated })",
                      editors.isEmpty ? "  Ingen redaktør med e-mail: centret har ikke fået nogen påmindelse." : "  Påmindelsen går til: \(editors.joined(separator: ", "))"]
            let late = own.filter { $0.state == .escalated }.sorted { ($0.due.date, $0.offer.name) < ($1.due.date, $1.offer.name) }
            if !late.isEmpty {
                lines.append("  Forfaldne i over \(VerificationDue.escalationDays) dage:")
                for item in late {
                    let since = item.due.neverVerified ? "aldrig bekræftet, påmindet første gang \(item.due.date.spelledOut)" : "forfalden siden \(item.due.date.spelledOut)"
                    lines += ["  - \(item.offer.name) (\(since))", "    " + post.link("/redaktion/tilbud/\(item.offer.id)")]
                }
            }
        }
        lines += ["", "Hele runden: " + post.link("/redaktion")] + closing
        return (.overview, subject, lines.joined(separator: "\n"), checking.map(\.offer.id))
    }

    private func item(for offer: DueOffer) -> [String] {
        var what: String
        if offer.due.neverVerified {
            what = "aldrig bekræftet"
            if let note = offer.onlyKnownFrom { what += " – findes tilbuddet stadig? Det kendes kun fra kommunens notat fra \(note.year)" }
        } else if offer.state >= .overdue {
            what = "skulle være bekræftet \(offer.due.date.spelledOut)"
        } else {
            what = "senest \(offer.due.date.spelledOut)"
        }
        return ["- \(offer.offer.name): \(what)", "  " + post.link("/redaktion/tilbud/\(offer.offer.id)")]
    }

    private var closing: [String] {
        ["", "Venlig hilsen", "Tilbudsguiden", "",
         "Denne mail er sendt automatisk den første hverdag i måneden. Svar ikke på den; skriv til Redaktionens administrator, hvis noget er galt."]
    }

}
