import Directory
import OfferModel

/// Redaktionen's form for one info screen: title, theme, seconds, which offers in which order
/// (a place number beside every offer) and a selection by need and age group; and the preview
/// of the screen as it would look.
struct ScreenForm {
    /// The screen as the form shows it (a refused or previewed one as it was sent).
    var screen: Screen
    /// The screen's id in `skaerme.yaml`; nil for a new one.
    var id: String?
    var version: String
    var catalog: PublishedCatalog
    var csrf: HTML
    /// Problems with what was sent, said above the form.
    var problems: [String] = []
    /// The screen drawn with the live index's offers, shown beside the form.
    var preview: ScreenShow?
    var base: String

    var action: String { "/redaktion/skaerme/\(id ?? "ny")" }

    var html: HTML {
        let errors: [HTML] = problems.map { "<li>\($0)</li>" }
        return """
        <link rel="stylesheet" href="/static/skaerm.css">
        <h1>\(id == nil ? "Ny infoskærm" : "Infoskærm: \(screen.title)")</h1>
        \(HTML.when(id != nil, "<p>Skærmen vises på <a href=\"/skaerm/\(id ?? "")\">/skaerm/\(id ?? "")</a>. Den henter sine tilbud igen hvert halve minut, så en gemt ændring ses der inden for et minut.</p>"))
        \(HTML.when(!errors.isEmpty, "<div class=\"fejlliste\" role=\"alert\"><h2>Skærmen er ikke gemt</h2><ul>\(HTML.join(errors))</ul></div>"))
        \(previewHTML)
        <form method="post" action="\(action)" class="skaerm-formular">\(csrf)
        <input type="hidden" name="version" value="\(version)">
        <fieldset><legend>Skærmen</legend>
        <div class="felt"><label for="felt-titel">Titel (stedet, fx Borgerservice) <span class="kraevet">(skal udfyldes)</span></label>\
        <input type="text" id="felt-titel" name="titel" value="\(screen.title)"></div>
        <div class="felt"><label for="felt-tema">Tema (linjen øverst på skærmen; tom: titlen)</label>\
        <input type="text" id="felt-tema" name="tema" value="\(screen.theme)"></div>
        <div class="felt"><label for="felt-sekunder">Sekunder pr. tilbud (\(Screen.secondsRange.lowerBound)-\(Screen.secondsRange.upperBound))</label>\
        <input type="text" inputmode="numeric" id="felt-sekunder" name="sekunder" value="\(screen.seconds)" size="4"></div>
        </fieldset>
        <fieldset><legend>Tilbuddene på skærmen</legend>
        <p class="hjaelp" id="plads-hjaelp">Skriv 1, 2, 3 … ud for de tilbud, skærmen skal vise, i den rækkefølge de skal vises. \
        Tilbud uden tal vises ikke. Tilbud på pause springes over, til de er aktive igen; ophørte tilbud vises aldrig.</p>
        <table class="skaerm-valg"><thead><tr><th scope="col">Plads</th><th scope="col">Tilbud</th><th scope="col">Status</th></tr></thead>
        <tbody>\(HTML.join(offerRows))</tbody></table>
        </fieldset>
        <fieldset><legend>Flere tilbud efter behov og alder (valgfrit)</legend>
        <p class="hjaelp">Skærmen viser også de aktive tilbud med et af de valgte behov, der passer til aldersgruppen (højst \(ScreenShow.maxSelected)), efter tilbuddene ovenfor.</p>
        <div class="felt valg">\(HTML.join(needBoxes))</div>
        <div class="felt"><label for="felt-aldersgruppe">Aldersgruppe</label><select id="felt-aldersgruppe" name="aldersgruppe">\(HTML.join(ageOptions))</select></div>
        </fieldset>
        <p class="knapper"><button type="submit" name="handling" value="vis" class="sekundaer">Vis forhåndsvisning</button> \
        <button type="submit" name="handling" value="gem">Gem skærmen</button></p>
        </form>
        """
    }

    /// The public offers: the screen's own first, in its order, then the rest by name.
    private var offerRows: [HTML] {
        let shown = catalog.offers.filter { $0.isPublic || screen.offers.contains($0.id) }
        let chosen = screen.offers.compactMap { id in shown.first { $0.id == id } }
        let rest = shown.filter { !screen.offers.contains($0.id) }.sorted { $0.name < $1.name }
        return (chosen + rest).map { offer in
            let place = screen.offers.firstIndex(of: offer.id).map { String($0 + 1) } ?? ""
            return """
            <tr><td><input type="text" inputmode="numeric" size="3" id="plads-\(offer.id)" name="plads.\(offer.id)" value="\(place)" aria-describedby="plads-hjaelp"></td>\
            <td><label for="plads-\(offer.id)">\(offer.name)</label></td><td>\(offer.status.label)</td></tr>
            """
        }
    }

    private var needBoxes: [HTML] {
        let chosen = Set(screen.selection?.needs ?? [])
        return catalog.needs.map { need in
            """
            <label class="valgmulighed"><input type="checkbox" name="behov" value="\(need.id)"\(HTML.when(chosen.contains(need.id), " checked"))> \(need.name)</label>
            """
        }
    }

    private var ageOptions: [HTML] {
        let current = screen.selection?.ageGroup
        return ["<option value=\"\"\(HTML.when(current == nil, " selected"))>Alle aldre</option>"] + AgeGroup.allCases.map { group in
            "<option value=\"\(group.rawValue)\"\(HTML.when(group == current, " selected"))>\(group.label)</option>"
        }
    }

    /// Every offer the screen would show, each as a small screen, and what it leaves out.
    private var previewHTML: HTML {
        guard let preview else { return "" }
        let contents = ScreenPage.contents(preview, base: base)
        let left = screen.offers.filter { id in !preview.slides.contains { $0.offer.id == id } }.map { id in
            let offer = catalog.offers.first { $0.id == id }
            return "\(offer?.name ?? id) (\(offer?.status.label ?? "findes ikke"))"
        }
        let frames: [HTML] = contents.indices.prefix(Self.previewLimit).map { index in
            let view = ScreenView(show: preview, contents: contents, position: index, live: false)
            return "<li class=\"skaerm-ramme\">\(view.html)</li>"
        }
        return """
        <section class="forhaandsvisning" aria-labelledby="forhaandsvisning"><h2 id="forhaandsvisning">Forhåndsvisning</h2>
        <p>Skærmen viser \(contents.count == 1 ? "1 tilbud" : "\(contents.count) tilbud") på skift, \(preview.screen.seconds) sekunder hver\
        \(contents.count > Self.previewLimit ? " (de første \(Self.previewLimit) ses her)" : "").</p>
        \(HTML.when(!left.isEmpty, "<p class=\"besked advarsel\">Vises ikke nu: \(left.joined(separator: ", ")).</p>"))
        \(frames.isEmpty ? "<p>Skærmen har ingen tilbud at vise.</p>" as HTML : "<ul class=\"skaerm-miniaturer\">\(HTML.join(frames))</ul>")
        </section>
        """
    }

    static let previewLimit = 12

    /// The screen a POSTed form describes, and what could not be read.
    static func screen(from fields: FormFields, id: String?, offers: [Offer]) -> (Screen, [String]) {
        var problems: [String] = []
        let secondsText = fields.value("sekunder") ?? ""
        let seconds = Int(secondsText) ?? {
            problems.append("Sekunder pr. tilbud skal være et helt tal, ikke '\(secondsText)'.")
            return Screen.defaultSeconds
        }()
        var places: [(place: Int, order: Int, id: String)] = []
        for (order, offer) in offers.enumerated() {
            guard let text = fields.value("plads.\(offer.id)") else { continue }
            guard let place = Int(text) else {
                problems.append("Pladsen ud for \(offer.name) skal være et tal, ikke '\(text)'.")
                continue
            }
            places.append((place, order, offer.id))
        }
        let chosen = places.sorted { ($0.place, $0.order) < ($1.place, $1.order) }.map(\.id)
        let needs = fields.values("behov")
        let group = fields.value("aldersgruppe").flatMap(AgeGroup.init(rawValue:))
        let selection = needs.isEmpty && group == nil ? nil : ScreenSelection(needs: needs, ageGroup: group)
        let screen = Screen(id: id ?? "", title: fields.value("titel") ?? "", theme: fields.value("tema") ?? "", seconds: seconds,
                            offers: chosen, selection: selection)
        return (screen, problems)
    }
}
