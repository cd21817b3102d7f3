import Directory
import Foundation
import Hummingbird
import OfferModel

/// `/udvalg?ids=a,b,c`: the citizen's sheet — the chosen offers in plain Danish on one printed
/// A4 page: what, where, when, how to sign up and whom to contact.
struct SelectionPage: Sendable {
    let directory: OfferDirectory
    /// More than this many offers would not fit a page a citizen reads.
    static let maxOffers = 12

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/udvalg") { request, _ in try await page(request) }
        router.get("/udvalg.pdf") { request, _ in try await pdf(request) }
    }

    /// The printed handout, made by the same use case as `tilbud handout`: with `ids` the citizen
    /// sheet of those offers (or, with `til=laege`, the GP version of them); without, the GP
    /// version of what the search parameters (`q`, `behov`, `alder`, `center`, `adgang`) find.
    func pdf(_ request: Request) async throws -> Response {
        let query = QueryString(request.uri.query)
        let ids = Array(query.all("ids", splittingCommas: true).filter(SearchParameters.isCatalogueID).prefix(SearchRequest.maxLimit))
        let parameters = SearchParameters(query)
        let forDoctor = query.first("til") == "laege" || ids.isEmpty
        let handout = HandoutRequest(audience: forDoctor ? .doctor : .citizen,
                                     needs: ids.isEmpty ? parameters.needs : [], age: ids.isEmpty ? parameters.age : nil,
                                     centre: ids.isEmpty ? parameters.centres.first : nil, ids: ids,
                                     text: ids.isEmpty ? parameters.text : "")
        let pdf: Data
        do { pdf = try await directory.handout(handout).pdf } catch { throw WebError(error) }
        let name = forDoctor ? "sundhedstilbud-til-laeger.pdf" : "tilbud-til-borgeren.pdf"
        return Response(status: .ok,
                        headers: [.contentType: "application/pdf", .contentLength: String(pdf.count),
                                  .contentDisposition: "inline; filename=\"\(name)\"", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: pdf)))
    }

    func page(_ request: Request) async throws -> Response {
        let query = QueryString(request.uri.query)
        let search = SearchParameters(query)
        let ids = query.all("ids", splittingCommas: true).filter(SearchParameters.isCatalogueID).prefix(Self.maxOffers)
        var offers: [Offer] = []
        var left: [String] = []
        let vocabulary: CatalogVocabulary
        do {
            vocabulary = try await directory.vocabulary()
            for id in ids {
                do {
                    let detail = try await directory.offer(id: id)
                    if detail.offer.isPublic { offers.append(detail.offer) } else { left.append(detail.offer.name) }
                } catch DirectoryError.unknownOffer { left.append(id) }
            }
        } catch { throw WebError(error) }
        let municipality = vocabulary.municipality
        let words = CitizenWording(offers: offers, centres: vocabulary.centres, municipality: municipality, printed: .today())
        let main: HTML = offers.isEmpty ? empty(left, search: search) : sheet(words, left: left, ids: Array(ids), search: search)
        return Layout.page(title: "Borgerark", section: .selection, main: main, municipality: municipality.name,
                           bodyClass: "borgerark").response()
    }

    private func empty(_ left: [String], search: SearchParameters) -> HTML {
        """
        <h1>Borgerark</h1>
        \(missing(left))
        <p class="besked">Der er ikke valgt nogen tilbud endnu. Søg efter tilbud, og sæt kryds ved \u{201E}Vælg til borgeren\u{201C} på dem, borgeren skal have med.</p>
        <p><a href="\(search.pageURL())">Tilbage til søgningen</a></p>
        """
    }

    /// The sheet in the same words as the PDF (`CitizenWording`); print CSS fits three typical
    /// offers on one A4 page.
    private func sheet(_ words: CitizenWording, left: [String], ids: [String], search: SearchParameters) -> HTML {
        var pdf = QueryBuilder()
        pdf.add("ids", ids.joined(separator: ","))
        return """
        <div class="vaerktoej">
        <p><a href="\(search.pageURL())" id="tilbage">Tilbage til søgningen</a></p>
        <p><button type="button" id="udskriv">Udskriv</button> <a href="\(pdf.url("/udvalg.pdf"))">PDF</a> \
        <a href="/" id="ny-borger" class="knap sekundaer">Ny borger</a></p>
        <p class="hjaelp">Arket er lavet til at blive udskrevet på A4. Menuen og denne boks kommer ikke med. \
        \u{201E}Ny borger\u{201C} rydder valget, så den næste borger starter forfra.</p>
        \(missing(left))
        </div>
        <div class="ark">
        <h1>\(words.title)</h1>
        <p class="afsender">\(words.sender)</p>
        <p class="intro">\(words.intro)</p>
        \(words.entries.map(section))
        <div class="personale">
        <h2>\(CitizenWording.staffHeading)</h2>
        <p>\(CitizenWording.staffLine)</p>
        <p class="skriv"><label for="personale-navn">Navn:</label> <input type="text" id="personale-navn" autocomplete="off"></p>
        <p class="skriv"><label for="personale-telefon">Telefon:</label> <input type="tel" id="personale-telefon" autocomplete="off"></p>
        </div>
        <p class="ark-fod">\(words.footer)</p>
        </div>
        """
    }

    private func section(_ entry: CitizenWording.Entry) -> HTML {
        let rows: [HTML] = entry.rows.map { row in
            let value: HTML = row.label == CitizenWording.contactLabel ? OfferFacts.contact(entry.contact) : "\(row.value)"
            return "<dt>\(row.label)</dt><dd>\(value)</dd>"
        }
        return """
        <section class="ark-tilbud">
        <h2>\(entry.name)</h2>
        \(HTML.when(entry.paused, "<p class=\"pause-note\">\(CitizenWording.pausedNote)</p>"))
        <p class="linje">\(entry.summary)</p>
        <dl class="fakta">\(rows)</dl>
        </section>
        """
    }

    private func missing(_ left: [String]) -> HTML {
        guard !left.isEmpty else { return "" }
        return "<p class=\"besked advarsel\">Ikke med på arket (findes ikke eller er ophørt): \(left.joined(separator: ", ")).</p>"
    }
}
