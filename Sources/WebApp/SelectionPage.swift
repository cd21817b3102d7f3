import Foundation
import Directory
import Hummingbird
import OfferIndex
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
        let ids = query.all("ids", splittingCommas: true).filter(SearchParameters.isCatalogueID).prefix(Self.maxOffers)
        var offers: [OfferDetail] = []
        var left: [String] = []
        let vocabulary: CatalogVocabulary
        do {
            vocabulary = try await directory.vocabulary()
            for id in ids {
                do {
                    let detail = try await directory.offer(id: id)
                    if detail.offer.isPublic { offers.append(detail) } else { left.append(detail.offer.name) }
                } catch DirectoryError.unknownOffer { left.append(id) }
            }
        } catch { throw WebError(error) }
        let municipality = vocabulary.municipality
        let main: HTML = offers.isEmpty ? empty(left) : sheet(offers, left: left, municipality: municipality, ids: Array(ids))
        return Layout.page(title: "Borgerark", section: .selection, main: main, municipality: municipality.name,
                           bodyClass: "borgerark").response()
    }

    private func empty(_ left: [String]) -> HTML {
        """
        <h1>Borgerark</h1>
        \(missing(left))
        <p class="besked">Der er ikke valgt nogen tilbud endnu. Søg efter tilbud, og sæt kryds ved \u{201E}Vælg til borgeren\u{201C} på dem, borgeren skal have med.</p>
        <p><a href="/">Til søgningen</a></p>
        """
    }

    private func sheet(_ offers: [OfferDetail], left: [String], municipality: Municipality, ids: [String]) -> HTML {
        let today = CalendarDate.today()
        var pdf = QueryBuilder()
        pdf.add("ids", ids.joined(separator: ","))
        return """
        <div class="vaerktoej">
        <p><a href="/">Tilbage til søgningen</a></p>
        <p><button type="button" id="udskriv">Udskriv</button> <a href="\(pdf.url("/udvalg.pdf"))">PDF</a></p>
        <p class="hjaelp">Arket er lavet til at blive udskrevet på én A4-side. Menuen og denne boks kommer ikke med.</p>
        \(missing(left))
        </div>
        <div class="ark">
        <h1>Sundhedstilbud til dig</h1>
        <p class="afsender">Fra \(municipality.name.isEmpty ? "kommunen" : municipality.name) · \(Self.longDate(today))</p>
        \(offers.map { section($0, municipality: municipality, today: today) })
        <p class="ark-fod">Har du spørgsmål, så kontakt tilbuddet direkte\(municipality.web.isEmpty ? "" : " eller se \(municipality.web)").</p>
        </div>
        """
    }

    private func section(_ detail: OfferDetail, municipality: Municipality, today: CalendarDate) -> HTML {
        let offer = detail.offer
        let facts = OfferFacts(offer: offer, municipality: municipality, today: today, centre: detail.centre)
        let ask = "Spørg, når du kontakter tilbuddet."
        let place = facts.place(centreName: detail.centre?.name ?? "")
        var signUp = offer.access.map(Self.citizenWording).joined(separator: " ")
        if !offer.referral.isEmpty { signUp += signUp.isEmpty ? offer.referral : " \(offer.referral)" }
        let what = offer.description.isEmpty ? "" : offer.description.replacingOccurrences(of: "\n", with: " ")
        return """
        <section class="ark-tilbud">
        <h2>\(offer.name)\(HTML.when(offer.status == .paused, " <span class=\"maerkat pause\">på pause</span>"))</h2>
        <p class="linje">\(offer.summary)</p>
        \(HTML.when(!what.isEmpty, "<p class=\"hvad\">\(what)</p>"))
        <dl class="fakta">
        <dt>Hvor?</dt><dd>\(place.isEmpty ? ask : place)</dd>
        <dt>Hvornår?</dt><dd>\(offer.schedule.isEmpty ? ask : offer.schedule)</dd>
        <dt>Sådan kommer du med</dt><dd>\(signUp.isEmpty ? "Kontakt tilbuddet." : signUp)</dd>
        \(HTML.when(!offer.price.isEmpty, "<dt>Pris</dt><dd>\(offer.price)</dd>"))
        <dt>Kontakt</dt><dd>\(facts.contact)</dd>
        </dl>
        </section>
        """
    }

    private func missing(_ left: [String]) -> HTML {
        guard !left.isEmpty else { return "" }
        return "<p class=\"besked advarsel\">Ikke med på arket (findes ikke eller er ophørt): \(left.joined(separator: ", ")).</p>"
    }

    /// How to get in, said to the citizen.
    static func citizenWording(_ access: Access) -> String {
        switch access {
        case .selfReferral: return "Du kan selv kontakte tilbuddet."
        case .doctorReferral: return "Du skal have en henvisning fra din læge."
        case .assessment: return "Kommunen skal først vurdere, om du kan få tilbuddet (visitation)."
        }
    }

    /// "20. november 2026".
    static func longDate(_ date: CalendarDate) -> String {
        let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                      "november", "december"]
        return "\(date.day). \(months[date.month - 1]) \(date.year)"
    }
}
