import Directory
import Hummingbird
import OfferModel

/// `/landkort`: the whole catalogue as a grid of need × age group; each count links to the search
/// for that need at the group's representative age (see `AgeGroup`).
struct OverviewPage: Sendable {
    let directory: OfferDirectory

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/landkort") { _, _ in try await page() }
    }

    func page() async throws -> Response {
        let overview: CatalogOverview
        do { overview = try await directory.overview() } catch { throw WebError(error) }
        let headers: [HTML] = overview.groups.map { "<th scope=\"col\">\($0.label)</th>" }
        let main: HTML = """
        <h1>Landkort over tilbuddene</h1>
        <p class="intro">\(overview.offerCount) tilbud i alt. Hvert tal er antallet af tilbud om et behov for aldersgruppen. \
        Tilbud, hvor kataloget ikke angiver en alder, står i kolonnen \u{201E}Uden angivet alder\u{201C}, og et tilbud med flere \
        behov tælles under hvert. Klik på et tal for at se tilbuddene.</p>
        <div class="tabel-ramme" tabindex="0" role="region" aria-labelledby="landkort-titel">
        <table class="landkort">
        <caption id="landkort-titel">Antal tilbud pr. behov og aldersgruppe</caption>
        <thead><tr><th scope="col">Behov</th>\(headers)<th scope="col">Uden angivet alder</th><th scope="col">I alt</th><th scope="col">Udskrift</th></tr></thead>
        <tbody>\(overview.rows.map(row))</tbody>
        </table>
        </div>
        """
        return Layout.page(title: "Landkort", section: .overview, main: main, municipality: overview.municipality.name)
            .response()
    }

    private func row(_ row: CatalogOverview.Row) -> HTML {
        let cells: [HTML] = AgeGroup.allCases.map { group in
            let count = row.count(group)
            var query = QueryBuilder()
            query.add("behov", row.need.id)
            query.add("alder", String(group.representativeAge))
            return cell(count, url: query.url("/"), label: "\(count) tilbud om \(row.need.name) for \(group.label.lowercased())")
        }
        var all = QueryBuilder()
        all.add("behov", row.need.id)
        return """
        <tr><th scope="row">\(row.need.name)</th>\(cells)\
        \(cell(row.unstated, url: all.url("/"), label: "\(row.unstated) tilbud om \(row.need.name) uden angivet alder"))\
        \(cell(row.total, url: all.url("/"), label: "\(row.total) tilbud om \(row.need.name) i alt"))\
        <td><a href="\(all.url("/udvalg.pdf"))" aria-label="PDF med tilbud om \(row.need.name)">PDF</a></td></tr>
        """
    }

    private func cell(_ count: Int, url: String, label: String) -> HTML {
        let level = count == 0 ? 0 : count == 1 ? 1 : count <= 3 ? 2 : 3
        guard count > 0 else { return "<td class=\"niveau-0\"><span aria-label=\"ingen tilbud\">–</span></td>" }
        return "<td class=\"niveau-\(level)\"><a href=\"\(url)\" aria-label=\"\(label)\">\(count)</a></td>"
    }
}
