import Directory
import OfferModel

/// The results region of the search page: the announced count, notices and one card per offer.
/// `app.js` draws the same markup from `/api/search`; keep the two in step.
struct ResultList {
    let parameters: SearchParameters
    let response: SearchResponse
    let municipality: Municipality
    let today: CalendarDate
    /// Every centre, for the contact line (`ContactRoute`).
    var centres: [Centre] = []
    /// The landkort's themes with their number of offers: the start when nothing is typed.
    var themes: [CatalogOverview.Row] = []

    var region: HTML {
        """
        <section id="resultater" class="resultater" aria-labelledby="resultater-overskrift">
        <h2 id="resultater-overskrift">Tilbud</h2>
        <p id="antal" class="antal" role="status" aria-live="polite">\(countText)</p>
        <div id="beskeder">\(notices)</div>
        \(OfferFacts.verificationNote(response.results.map(\.offer)))
        <ol id="kortliste" class="kortliste">\(response.results.map(card))</ol>
        <p id="flere" class="flere">\(more)</p>
        </section>
        """
    }

    var countText: String {
        if parameters.isEmpty { return "Skriv, hvad borgeren har brug for, eller vælg et behov eller en alder." }
        switch (response.quality, response.total) {
        case (.none, _), (_, 0): return "Ingen tilbud passer til søgningen."
        case (.weak, let total): return total == 1 ? "1 tilbud passer kun delvist." : "\(total) tilbud passer kun delvist."
        case (.good, let total): return total == 1 ? "1 tilbud passer." : "\(total) tilbud passer."
        }
    }

    var notices: HTML {
        var parts: [HTML] = parameters.problems.map { "<p class=\"besked advarsel\">\($0)</p>" }
        if let language = response.languageNotice { parts.append("<p class=\"besked sprog\">\(language).</p>") }
        if let suggestion = response.suggestion {
            parts.append("<p class=\"besked\">Mente du <a href=\"\(parameters.pageURL(text: suggestion))\">\(suggestion)</a>?</p>")
        }
        if response.ageFromText, let age = response.age {
            parts.append("<p class=\"besked\">Alder læst fra teksten: \(response.ageTo.map { "\(age)-\($0)" } ?? "\(age)") år.</p>")
        }
        if !response.ignoredWords.isEmpty {
            parts.append("<p class=\"besked\">Ord uden match i kataloget: \(response.ignoredWords.joined(separator: ", ")).</p>")
        }
        if response.truncated { parts.append("<p class=\"besked\">Søgningen var lang og blev forkortet.</p>") }
        if parameters.text.isEmpty {
            // Only filters (or nothing) asked: no "what you wrote"; the landkort's themes as a start.
            if !parameters.isEmpty, response.total == 0 {
                parts.append("<p class=\"besked\">Ingen tilbud passer til de valgte filtre. Fjern et filter, eller vælg et tema herunder.</p>")
            }
            if response.results.isEmpty { parts.append(Self.startThemes(themes)) }
        } else if response.quality != .good || response.total == 0 {
            parts.append("""
            <div class="ingen-gode"><h3>Ingen gode match</h3>\
            <p>\(response.results.isEmpty ? "Intet i kataloget passer til det, du skrev." : "Tilbuddene herunder passer kun til en del af det, du skrev.") \
            Prøv med færre eller andre ord om det, borgeren har brug for (fx \u{201E}rygestop\u{201C}, \u{201E}ensom\u{201C} eller \u{201E}genoptræning\u{201C}), \
            fjern et filter, eller se alle tilbud på <a href="/landkort">landkortet</a>.</p></div>
            """)
        }
        return HTML.join(parts)
    }

    /// The landkort's themes with their number of offers, each a link to its search. The page
    /// also carries it as a template, which `app.js` shows when it redraws an empty start.
    static func startThemes(_ rows: [CatalogOverview.Row]) -> HTML {
        let links: [HTML] = rows.filter { $0.total > 0 }.map { row in
            var url = QueryBuilder()
            url.add("behov", row.need.id)
            return "<li><a href=\"\(url.url("/"))\">\(row.need.name)</a> <span class=\"tal\">\(row.total)<span class=\"skjult\"> tilbud</span></span></li>"
        }
        guard !links.isEmpty else { return "" }
        return "<div class=\"start\"><h3>Start med et tema</h3><ul class=\"temaer\">\(links)</ul><p><a href=\"/landkort\">Se alle tilbud på landkortet</a></p></div>"
    }

    var more: HTML {
        guard !response.results.isEmpty, response.quality == .good else { return "" }
        let pdf: HTML = "<a href=\"\(parameters.pageURL(path: "/udvalg.pdf"))\">PDF til lægen</a>"
        guard response.results.count < response.total else { return pdf }
        let url = parameters.pageURL(limit: SearchRequest.maxLimit)
        return "Viser \(response.results.count) af \(response.total). <a href=\"\(url)\">Vis alle \(response.total)</a> · \(pdf)"
    }

    func card(_ hit: SearchResponse.Hit) -> HTML {
        let offer = hit.offer
        let facts = OfferFacts(offer: offer, municipality: municipality, today: today, centres: centres, age: response.age)
        let paused: HTML = offer.status == .paused ? " <span class=\"maerkat pause\">på pause</span>" : ""
        let snippet: [HTML] = hit.snippet.map { $0.marked ? "<mark>\($0.text)</mark>" : "\($0.text)" }
        var rows: [HTML] = []
        let audience = facts.audienceWithAgeNote
        if !audience.markup.isEmpty { rows.append("<dt>For</dt><dd>\(audience)</dd>") }
        if !facts.access.isEmpty { rows.append("<dt>Sådan kommer man i gang</dt><dd>\(facts.access)</dd>") }
        if !hit.centreName.isEmpty { rows.append("<dt>Center</dt><dd>\(hit.centreName)</dd>") }
        rows.append("<dt>Kontakt</dt><dd>\(facts.contact)</dd>")
        let verified = facts.verified
        return """
        <li><article class="kort" id="tilbud-\(offer.id)" data-id="\(offer.id)" aria-labelledby="navn-\(offer.id)">
        <h3 id="navn-\(offer.id)"><a href="\(parameters.pageURL(path: "/tilbud/\(offer.id)"))">\(offer.name)</a>\(paused)</h3>
        <p class="linje">\(offer.summary)</p>
        <dl class="fakta">\(rows)</dl>
        \(HTML.when(!verified.markup.isEmpty, "<p class=\"bekraeftet\">\(verified)</p>"))
        \(HTML.when(!snippet.isEmpty, "<p class=\"uddrag\">\(snippet)</p>"))
        <p class="vaelg"><input type="checkbox" name="ids" value="\(offer.id)" form="udvalg" id="valg-\(offer.id)" data-navn="\(offer.name)"> <label for="valg-\(offer.id)">Vælg til borgeren<span class="skjult">: \(offer.name)</span></label></p>
        <p class="meld"><a href="\(parameters.pageURL(path: "/meld-fejl/\(offer.id)"))">Meld fejl<span class="skjult"> i \(offer.name)</span></a></p>
        </article></li>
        """
    }
}
