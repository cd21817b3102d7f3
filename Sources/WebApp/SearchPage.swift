import Directory
import Hummingbird
import OfferModel

/// `/`: the search page. Works as a plain GET form (bookmarkable, without JavaScript); the page
/// script (`app.js`) searches as the staff member types and redraws the same regions.
struct SearchPage: Sendable {
    let directory: OfferDirectory
    var metrics: ServerMetrics?
    /// Results shown at first; "Vis alle" asks for more.
    static let pageLimit = 20

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/") { request, _ in try await page(request) }
    }

    func page(_ request: Request) async throws -> Response {
        let parameters = SearchParameters(QueryString(request.uri.query))
        let vocabulary: CatalogVocabulary
        let response: SearchResponse
        let themes: [CatalogOverview.Row]
        do {
            vocabulary = try await directory.vocabulary()
            themes = parameters.text.isEmpty ? try await directory.overview().rows : []
            // With nothing asked, a search with no results still counts every need and centre.
            let searchRequest = parameters.isEmpty ? SearchRequest(limit: 0) : parameters.request(defaultLimit: Self.pageLimit)
            response = try await ServerMetrics.timing(metrics?.searchDuration) { () async throws(DirectoryError) in
                try await directory.search(searchRequest)
            }
        } catch { throw WebError(error) }
        let results = ResultList(parameters: parameters, response: response, municipality: vocabulary.municipality,
                                 today: .today(), centres: vocabulary.centres, themes: themes)
        let main = form(parameters, vocabulary: vocabulary, response: response, results: results)
        let title = parameters.text.isEmpty ? "Søg" : "Søgning: \(parameters.text.prefix(60))"
        return Layout.page(title: title, section: .search, main: main, municipality: vocabulary.municipality.name)
            .response()
    }

    private func form(_ parameters: SearchParameters, vocabulary: CatalogVocabulary, response: SearchResponse,
                      results: ResultList) -> HTML {
        let municipality = vocabulary.municipality
        return """
        <h1>Find et tilbud til borgeren</h1>
        <div class="soegeside" id="soegeside" data-kommune-web="\(municipality.web)" data-kommune="\(municipality.name)">
        <form id="soeg" class="soegefelt" action="/" method="get" role="search" aria-label="Søg i tilbuddene">
        <div class="felt felt-tekst">
        <label for="q">Hvad har borgeren brug for?</label>
        <input id="q" name="q" type="search" value="\(parameters.text)" maxlength="\(SearchRequest.maxTextLength)" autocomplete="off" aria-describedby="q-hjaelp">
        <p id="q-hjaelp" class="hjaelp">Skriv med almindelige ord, fx \u{201E}sukkersyge\u{201C} eller \u{201E}82-årig enkemand der sidder meget alene\u{201C}. Resultaterne kommer, mens du skriver.</p>
        </div>
        <div class="felt felt-alder">
        <label for="alder">Alder</label>
        <input id="alder" name="alder" type="number" inputmode="numeric" min="0" max="\(SearchParameters.maxAge)" step="1" value="\(parameters.age.map(String.init) ?? "")" aria-describedby="alder-hjaelp">
        <p id="alder-hjaelp" class="hjaelp">Borgerens alder i år. Kan stå tom.</p>
        </div>
        <div class="felt felt-knap"><button type="submit">Søg</button></div>
        </form>
        <aside class="filtre" aria-labelledby="filtre-overskrift">
        <details class="fold" id="filtre-fold" open>
        <summary>Filtre\(HTML.when(parameters.filterCount > 0, " (\(parameters.filterCount) valgt)"))</summary>
        <h2 id="filtre-overskrift">Afgræns</h2>
        <div id="adgang-filter">\(Self.accessFilter(parameters, facets: response.facets.access))</div>
        <div id="facetter">\(Self.chips(parameters, response: response, vocabulary: vocabulary))</div>
        <p class="filterknapper"><button type="submit" form="soeg" class="sekundaer">Brug filtrene</button> <a href="/">Nulstil søgningen</a></p>
        </details>
        </aside>
        \(results.region)
        </div>
        <template id="start-temaer">\(ResultList.startThemes(results.themes))</template>
        <form id="udvalg" class="valgbjaelke" action="/udvalg" method="get" aria-label="Valgt til borgeren">
        <p id="valgt-status">Sæt kryds ved \u{201E}Vælg til borgeren\u{201C} for at samle et borgerark.</p>
        <div id="soegning-med">\(Self.searchFields(parameters))</div>
        <button type="submit">Vis borgerark</button>
        <a href="/" id="ny-borger" class="knap sekundaer">Ny borger</a>
        </form>
        """
    }

    /// The access routes with the current search's counts, and how many state none, so a 0 is
    /// explained. `app.js` draws the same from `facetter.adgang`.
    static func accessFilter(_ parameters: SearchParameters, facets: [SearchResponse.Facet]) -> HTML {
        let counts = Dictionary(facets.map { ($0.id, $0.count) }, uniquingKeysWith: { a, _ in a })
        let options: [HTML] = Access.allCases.map { access in
            let checked: HTML = parameters.access.contains(access) ? " checked" : ""
            let count: HTML = counts[access.rawValue].map { " <span class=\"tal\">\($0)<span class=\"skjult\"> tilbud</span></span>" } ?? ""
            return "<label class=\"valg\"><input type=\"checkbox\" name=\"adgang\" value=\"\(access.rawValue)\" form=\"soeg\"\(checked)> \(access.label.capitalizedFirst)\(count)</label>"
        }
        let none: HTML = counts[SearchResponse.Facets.noAccessCode].map {
            "<p class=\"uden-adgang\">\(SearchResponse.Facets.noAccessName.capitalizedFirst) <span class=\"tal\">\($0)<span class=\"skjult\"> tilbud</span></span></p>"
        } ?? ""
        return "<fieldset class=\"adgang\"><legend>Sådan kommer man i gang</legend>\(options)\(none)</fieldset>"
    }

    /// The search as hidden fields of the selection form, so the citizen sheet can link back to it
    /// without JavaScript (`udvalg.js` keeps them current).
    static func searchFields(_ parameters: SearchParameters) -> HTML {
        var fields: [(String, String)] = [("q", parameters.text), ("alder", parameters.age.map(String.init) ?? "")]
        fields += parameters.needs.map { ("behov", $0) } + parameters.centres.map { ("center", $0) }
        fields += parameters.access.map { ("adgang", $0.rawValue) }
        let inputs: [HTML] = fields.filter { !$0.1.isEmpty }.map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\($0.1)\">" }
        return HTML.join(inputs)
    }

    /// Need and centre chips with the counts of the current search; chosen ones always show.
    static func chips(_ parameters: SearchParameters, response: SearchResponse, vocabulary: CatalogVocabulary) -> HTML {
        func group(_ name: String, legend: String, facets: [SearchResponse.Facet], chosen: [String],
                   nameOf: (String) -> String) -> HTML {
            var shown = facets.map { (id: $0.id, name: $0.name, count: $0.count) }
            for id in chosen where !shown.contains(where: { $0.id == id }) {
                shown.append((id: id, name: nameOf(id), count: 0))
            }
            guard !shown.isEmpty else { return "" }
            let items: [HTML] = shown.map { facet in
                let checked: HTML = chosen.contains(facet.id) ? " checked" : ""
                return "<label class=\"chip\"><input type=\"checkbox\" name=\"\(name)\" value=\"\(facet.id)\" form=\"soeg\"\(checked)> \(facet.name) <span class=\"tal\">\(facet.count)<span class=\"skjult\"> tilbud</span></span></label>"
            }
            return "<fieldset class=\"chips\" id=\"chips-\(name)\"><legend>\(legend)</legend>\(items)</fieldset>"
        }
        return group("behov", legend: "Behov", facets: response.facets.needs, chosen: parameters.needs) {
            vocabulary.need($0)?.name ?? $0
        } + group("center", legend: "Center", facets: response.facets.centres, chosen: parameters.centres) {
            vocabulary.centre($0)?.name ?? $0
        }
    }
}
