import Directory
import Foundation
import OfferModel

/// Who changed what on an offer, newest first, and the error reports about it.
struct AuditView {
    var entries: [AuditEntry]

    var html: HTML {
        guard !entries.isEmpty else { return "<h2>Ændringer</h2><p>Ingen ændringer fra Redaktionen endnu.</p>" }
        let items: [HTML] = entries.map { entry in
            let changes: [HTML] = entry.changes.map {
                "<li><span class=\"felt-navn\">\(OfferFieldGuide.of($0.field)?.label ?? $0.field)</span>: \(Self.shown($0.old)) → \(Self.shown($0.new))</li>"
            }
            return """
            <li><p><strong>\(HTML.isolated(entry.user))</strong> \(entry.action.label) \(RoundView.day(entry.at))\
            \(HTML.when(entry.commit != nil, " <span class=\"hjaelp\">(git \(String(entry.commit?.prefix(8) ?? "")))</span>"))</p>\
            \(HTML.when(!changes.isEmpty, "<ul class=\"aendringer\">\(HTML.join(changes))</ul>"))</li>
            """
        }
        return "<h2>Ændringer</h2><ol class=\"revision\">\(HTML.join(items))</ol>"
    }

    static func shown(_ value: String) -> HTML {
        value.isEmpty ? "<em>(tom)</em>" : "<q>\(HTML.isolated(value))</q>"
    }
}

/// The error reports about one offer; open ones with a form to close them.
struct ReportsView {
    var reports: [ErrorReport]
    var csrf: HTML
    /// Whether the viewer may close them.
    var mayClose: Bool

    var html: HTML {
        guard !reports.isEmpty else { return "<h2 id=\"fejlmeldinger\">Fejlmeldinger</h2><p>Ingen fejlmeldinger.</p>" }
        let items: [HTML] = reports.map { report in
            let who: HTML = report.reporter.isEmpty ? "" : " fra \(HTML.isolated(report.reporter))"
            if report.isOpen {
                let close: HTML = mayClose ? """
                <form method="post" action="/redaktion/fejlmelding/\(String(report.id))/luk" class="luk">\(csrf)\
                <label for="note-\(String(report.id))">Hvad er gjort?</label>\
                <input type="text" id="note-\(String(report.id))" name="note" maxlength="\(String(EditorialService.maxReportLength))">\
                <button type="submit" class="sekundaer">Luk fejlmeldingen</button></form>
                """ : ""
                return "<li class=\"aaben\"><p><strong>Åben</strong>, meldt \(RoundView.day(report.at))\(who):</p><blockquote>\(HTML.isolated(report.text))</blockquote>\(close)</li>"
            }
            let closed = report.closedAt.map(RoundView.day) ?? ""
            return """
            <li class="lukket"><p>Lukket \(closed) af \(HTML.isolated(report.closedBy ?? "")), meldt \(RoundView.day(report.at))\(who):</p>\
            <blockquote>\(HTML.isolated(report.text))</blockquote>\
            \(HTML.when(!(report.closingNote ?? "").isEmpty, "<p>Note: \(HTML.isolated(report.closingNote ?? ""))</p>"))</li>
            """
        }
        return "<h2 id=\"fejlmeldinger\">Fejlmeldinger</h2><ol class=\"fejlmeldinger\">\(HTML.join(items))</ol>"
    }
}

/// "Someone changed the file": both versions side by side, nothing written.
struct ConflictView {
    var conflict: SaveConflict
    var name: String

    var html: HTML {
        """
        <h1>Tilbuddet er ændret, mens du redigerede</h1>
        <p class="besked advarsel">Nogen har gemt \(name) (en anden redaktør, en ændring i git eller i filen), efter du åbnede formularen. \
        Din ændring er <strong>ikke</strong> gemt, og intet er overskrevet. Sammenlign de to udgaver, åbn tilbuddet igen, og skriv dine rettelser ind i den nye udgave.</p>
        \(HTML.when(!conflict.id.hasSuffix(".yaml"), "<p><a href=\"/redaktion/tilbud/\(conflict.id)\">Åbn tilbuddet igen (den nye udgave)</a></p>"))
        <div class="udgaver">
        <section><h2>Filen, som den er nu</h2><pre>\(conflict.current ?? "(filen er slettet)")</pre></section>
        <section><h2>Det, du ville gemme</h2><pre>\(conflict.proposed)</pre></section>
        </div>
        """
    }
}
