import Foundation
import Directory
import Hummingbird
import OfferModel

/// `/tilbud/<id>`: one offer with every public field. An unknown id is a Danish 404 page.
struct OfferPage: Sendable {
    let directory: OfferDirectory

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/tilbud/:id") { request, context in
            try await page(id: context.parameters.get("id") ?? "", search: SearchParameters(QueryString(request.uri.query)))
        }
    }

    /// The offer's page; `search` is the search it was opened from, which every link back keeps.
    func page(id: String, search: SearchParameters = SearchParameters()) async throws -> Response {
        guard SearchParameters.isCatalogueID(id) else { throw WebError(DirectoryError.unknownOffer(id: id)) }
        let detail: OfferDetail
        do { detail = try await directory.offer(id: id) } catch { throw WebError(error) }
        let offer = detail.offer
        let facts = OfferFacts(offer: offer, municipality: detail.municipality, today: .today(), centres: detail.centres)
        let main: HTML = """
        <p class="tilbage"><a href="\(search.pageURL())">Tilbage til søgningen</a></p>
        <article class="detalje" data-id="\(offer.id)">
        <h1>\(offer.name)\(HTML.when(offer.status == .paused, " <span class=\"maerkat pause\">på pause</span>"))</h1>
        \(HTML.when(offer.status == .ended, "<p class=\"besked advarsel\">Tilbuddet er ophørt. Det vises ikke i søgninger og kan ikke vælges til borgeren.</p>"))
        <p class="linje">\(offer.summary)</p>
        \(paragraphs(offer.description))
        <h2>Oplysninger</h2>
        <dl class="fakta detaljer">\(rows(detail, facts))</dl>
        \(centre(detail))
        \(HTML.when(offer.isPublic, choose(offer, search: search)))
        <h2>Er noget forkert?</h2>
        <p><a href="\(search.pageURL(path: "/meld-fejl/\(offer.id)"))">Meld fejl i tilbuddet</a> – centret, der ejer det, får besked på sin arbejdsliste.</p>
        </article>
        """
        return Layout.page(title: offer.name, section: .none, main: main, municipality: detail.municipality.name).response()
    }

    private func rows(_ detail: OfferDetail, _ facts: OfferFacts) -> HTML {
        let offer = detail.offer
        let needs: [HTML] = detail.needs.map { "<a href=\"/?behov=\(QueryBuilder.encode($0.id))\">\($0.name)</a>" }
        let place = [offer.place.name, offer.place.address].filter { !$0.isEmpty }.joined(separator: ", ")
        let municipality = detail.municipality.id == offer.municipality ? detail.municipality.name : offer.municipality
        // Status is said only when it is not the usual "aktiv" (ended offers say so above).
        var rows: [(String, HTML)] = [
            ("Status", HTML.when(offer.status == .paused, "Holder pause")),
            ("Behov", HTML.join(needs, separator: ", ")),
            ("Alder", offer.ages.isOpen ? "" : "\(offer.ages.label.capitalizedFirst)"),
            ("Målgruppe", "\(offer.audience)"),
            ("Center", "\(detail.centre?.name ?? offer.centre)"),
            ("Sådan kommer man i gang", "\(facts.access)"),
            ("Tid", "\(offer.schedule)"),
            ("Pris", "\(offer.price)"),
            ("Sted", "\(place)"),
            ("Kontakt", facts.contact),
            ("Sprog", "\(offer.languages.joined(separator: ", "))"),
            ("Tilbudstype", "\(offer.kind?.label.capitalizedFirst ?? "")"),
            ("Ansvarlig", "\(offer.owner)"),
            ("Bekræftet af centret", facts.verifiedDate),
            ("Kommune", "\(municipality)"),
        ]
        let sources: [HTML] = offer.sources.map { "<li>\(Self.sourceWording($0))</li>" }
        if !sources.isEmpty { rows.append(("Kilde", "<ul class=\"kilder\">\(sources)</ul>")) }
        let shown: [HTML] = rows.filter { !$0.1.markup.isEmpty }.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }
        return HTML.join(shown)
    }

    private func centre(_ detail: OfferDetail) -> HTML {
        guard let centre = detail.centre, !centre.description.isEmpty || !centre.contact.isEmpty || !centre.address.isEmpty
        else { return "" }
        var lines: [HTML] = []
        if !centre.description.isEmpty { lines.append("<p>\(centre.description)</p>") }
        if !centre.address.isEmpty { lines.append("<p>Adresse: \(centre.address)</p>") }
        let contact = [centre.contact.phone, centre.contact.email, centre.contact.web].filter { !$0.isEmpty }
        if !contact.isEmpty { lines.append("<p>Kontakt: \(contact.joined(separator: " · "))</p>") }
        return "<h2>Om \(centre.name)</h2>\(lines)"
    }

    private func choose(_ offer: Offer, search: SearchParameters) -> HTML {
        let sheet = search.pageURL(path: "/udvalg")
        let separator = sheet.contains("?") ? "&" : "?"
        return """
        <h2>Til borgeren</h2>
        <p class="vaelg"><input type="checkbox" id="valg-\(offer.id)" value="\(offer.id)" data-navn="\(offer.name)" class="vaelg-enkelt"> <label for="valg-\(offer.id)">Vælg til borgeren</label></p>
        <p><a href="\(sheet)\(separator)ids=\(QueryBuilder.encode(offer.id))">Borgerark med kun dette tilbud</a></p>
        """
    }

    /// A `kilde` entry in words, without the seed file's name: "003_cca1….txt: afsnit 'X': citat"
    /// becomes "Kommunens dokument, afsnittet \u{201E}X\u{201C}: citat".
    static func sourceWording(_ source: String) -> String {
        guard let colon = source.range(of: ".txt: ") else { return source }
        var rest = String(source[colon.upperBound...])
        if rest.hasPrefix("afsnit '"), let end = rest.dropFirst(8).firstIndex(of: "'") {
            let section = rest[rest.index(rest.startIndex, offsetBy: 8)..<end]
            rest = "afsnittet \u{201E}\(section)\u{201C}" + rest[rest.index(after: end)...]
        }
        return "Kommunens dokument, \(rest)"
    }

    /// The description's lines as paragraphs.
    private func paragraphs(_ text: String) -> HTML {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return HTML.join(lines.map { "<p>\($0)</p>" })
    }
}
