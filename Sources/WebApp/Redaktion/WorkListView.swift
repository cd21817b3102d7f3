import Directory
import Foundation
import OfferModel

/// The first page after login: a centre's offers, each with what needs doing, counts on top;
/// for an administrator, every centre's progress with this half-year's round above.
struct WorkListView {
    var list: WorkList
    /// A hidden CSRF field for the one-click forms.
    var csrf: HTML
    var today: CalendarDate = .today()

    var html: HTML {
        """
        <h1>Arbejdsliste: \(list.centreName)</h1>
        <ul class="taelling" aria-label="Overblik">
        <li><strong>\(list.offers)</strong> tilbud</li>
        <li><strong>\(list.done)</strong> i orden</li>
        <li><strong>\(list.neverVerified)</strong> aldrig bekræftet</li>
        <li><strong>\(list.verifiedLongAgo)</strong> bekræftet for over \(UpkeepTask.verificationMonths) måneder siden</li>
        <li><strong>\(list.withoutContact)</strong> uden kontaktoplysninger</li>
        <li><strong>\(list.withoutAccess)</strong> uden adgangsvej</li>
        <li><strong>\(list.openReports)</strong> åbne fejlmeldinger</li>
        </ul>
        \(HTML.when(list.centre.isEmpty == false, "<p><a href=\"/redaktion/nyt?center=\(QueryBuilder.encode(list.centre))\">Opret et nyt tilbud for \(list.centreName)</a></p>"))
        <p>Listen står efter, hvornår hvert tilbud skal bekræftes: det ældste først. Hvert tilbud skal bekræftes mindst hvert halve år.</p>
        \(items)
        """
    }

    private var items: HTML {
        list.items.isEmpty ? "<p>Centret har ingen tilbud i kataloget endnu.</p>" : "<ol class=\"arbejdsliste\">\(HTML.join(list.items.map(item)))</ol>"
    }

    private func item(_ item: WorkItem) -> HTML {
        let offer = item.offer
        var todo: [HTML] = item.tasks.filter { !$0.isVerification }.map { "<li>\($0.label)</li>" }
        if !item.openReports.isEmpty {
            todo.append("<li>\(item.openReports.count == 1 ? "1 åben fejlmelding" : "\(item.openReports.count) åbne fejlmeldinger")</li>")
        }
        let status: HTML = offer.status == .active ? "" : " <span class=\"maerkat\">\(offer.status.label)</span>"
        let verify: HTML
        if item.refusals.isEmpty, let version = item.version {
            verify = """
            <form method="post" action="/redaktion/tilbud/\(offer.id)/verificer" class="en-knap">\(csrf)\
            <input type="hidden" name="version" value="\(version)">\
            <button type="submit" class="sekundaer">Oplysningerne er stadig korrekte<span class="skjult">: \(offer.name)</span></button></form>
            """
        } else if item.version == nil {
            verify = "<p class=\"hjaelp\">Tilbuddet står ikke i en fil, der kan redigeres her.</p>"
        } else {
            let reasons: [HTML] = item.refusals.map { "\($0.reason)" }
            verify = "<p class=\"hjaelp\"><a href=\"/redaktion/tilbud/\(offer.id)#bekraeft\">Kan ikke bekræftes endnu</a>: \(HTML.join(reasons, separator: " "))</p>"
        }
        let note: HTML = item.internalNote.isEmpty ? "" : "<p class=\"intern-note\"><strong>Intern note:</strong> \(item.internalNote)</p>"
        return """
        <li class="opgave\(item.needsWork ? "" : " i-orden")" id="opgave-\(offer.id)"><h2><a href="/redaktion/tilbud/\(offer.id)">\(offer.name)</a>\(status)</h2>
        \(question(item))
        \(todo.isEmpty ? "" : "<ul class=\"mangler\">\(HTML.join(todo))</ul>" as HTML)
        \(note)
        \(HTML.when(offer.status != .ended, verify))
        </li>
        """
    }

    /// When the offer is due, in plain words; for one only the municipality's notes know:
    /// "Findes tilbuddet stadig?" and the year of the note.
    private func question(_ item: WorkItem) -> HTML {
        guard let due = item.due else { return "" }
        if due.neverVerified {
            if let note = item.onlyKnownFrom {
                return "<p class=\"frist forfalden\"><strong>Findes tilbuddet stadig?</strong> Det kendes kun fra kommunens notat fra \(String(note.year)) og er aldrig bekræftet af centret.</p>"
            }
            return "<p class=\"frist forfalden\"><strong>Skal bekræftes nu:</strong> ingen har bekræftet oplysningerne endnu.</p>"
        }
        let day = due.date.spelledOut
        switch due.state(today: today) {
        case .escalated, .overdue: return "<p class=\"frist forfalden\"><strong>Skulle være bekræftet \(day).</strong></p>"
        case .dueSoon: return "<p class=\"frist\">Skal bekræftes senest \(day).</p>"
        case .later: return "<p class=\"frist ok\">Næste gang senest \(day).</p>"
        }
    }

}

/// The administrator's view of the whole municipality's round.
struct RoundView {
    var round: RoundOverview
    var csrf: HTML

    var html: HTML {
        let rows: [HTML] = round.centres.map { centre in
            let share = centre.offers == 0 ? 100 : Int((Double(centre.verifiedThisRound) / Double(centre.offers) * 100).rounded())
            return """
            <tr><th scope="row"><a href="/redaktion/center/\(centre.centre.isEmpty ? "-" : centre.centre)">\(centre.centreName)</a></th>\
            <td>\(centre.offers)</td><td>\(centre.verifiedThisRound) (\(share) %)</td><td>\(centre.needingWork)</td><td>\(centre.openReports)</td></tr>
            """
        }
        let last: HTML = round.lastExport.map { "Sidste pakke blev lavet \(Self.day($0.at)) af \(HTML.isolated($0.user))." } ?? "Der er ikke lavet nogen pakke herfra endnu."
        return """
        <h1>Redaktionen: hele kommunen</h1>
        <h2>Halvårets runde (siden \(round.roundStart.description))</h2>
        <table class="runde"><thead><tr><th scope="col">Center</th><th scope="col">Tilbud</th><th scope="col">Verificeret i runden</th>\
        <th scope="col">Mangler noget</th><th scope="col">Åbne fejlmeldinger</th></tr></thead><tbody>\(HTML.join(rows))</tbody></table>
        <h2>Sundhed.dk</h2>
        <p>Pakken til den halvårlige opdatering af sundhed.dk: regneark, JSON, én side pr. tilbud og en liste over ændringerne siden sidste pakke. \(last)</p>
        <form method="post" action="/redaktion/sundhed-dk">\(csrf)<button type="submit">Hent pakken til sundhed.dk (.zip)</button></form>
        <h2>Fælles filer</h2>
        <ul>\(HTML.join(EditorialService.vocabularyFiles.map { "<li><a href=\"/redaktion/filer/\($0)\">\($0)</a></li>" }))</ul>
        <h2>Infoskærme</h2>
        <p><a href="/redaktion/skaerme">Infoskærmene</a>: hvilke tilbud skærmene i Borgerservice, på Ishøj Lægecenter og i kantinen viser.</p>
        """
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "da_DK")
        formatter.timeZone = TimeZone(identifier: "Europe/Copenhagen")
        formatter.dateFormat = "d. MMMM yyyy 'kl.' HH.mm"
        return formatter.string(from: date)
    }
}
