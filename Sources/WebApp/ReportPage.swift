import Directory
import Hummingbird
import OfferModel

/// `/meld-fejl/<id>`: staff who use the search tell the offer's centre that something is wrong.
/// A short form (what is wrong, optionally who you are) with a form token bound to the browser,
/// limited in size and per address; the report lands on the centre's work list in Redaktionen.
struct ReportPage: Sendable {
    let service: EditorialService
    let access: EditorialAccess
    static let purpose = "meld-fejl"

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/meld-fejl/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            let detail = try await offer(id)
            let search = SearchParameters(QueryString(request.uri.query))
            let (field, cookie) = access.anonymousForm(purpose: Self.purpose, request: request)
            var response = page(detail, field: field, audience: try await audience(detail), search: search)
            if let cookie { response.setCookie(cookie) }
            return response
        }
        router.post("/meld-fejl/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            let fields = try await access.anonymousFields(purpose: Self.purpose, request: request)
            let detail = try await offer(id)
            let search = SearchParameters(QueryString(request.uri.query))
            let text = fields.raw("tekst") ?? "", reporter = fields.raw("afsender") ?? ""
            try access.count(access.clientAddress(request, context: context), in: access.reportLimiter)
            let audience = try await audience(detail)
            do {
                _ = try await EditorialPage.run { () async throws(DirectoryError) in
                    let report = try await service.reportError(offerID: id, text: text, reporter: reporter)
                    await service.notify(report, offer: detail.offer, audience: audience)
                }
            } catch let WebError.badRequest(message) {
                let (field, _) = access.anonymousForm(purpose: Self.purpose, request: request)
                return page(detail, field: field, audience: audience, text: text, reporter: reporter, problem: message, search: search,
                            status: .unprocessableContent)
            }
            let main: HTML = """
            <h1>Tak for fejlmeldingen</h1>
            <p class="besked ok" role="status">Fejlmeldingen om <strong>\(detail.offer.name)</strong> er modtaget: \(audience.sentence), og den står på centrets arbejdsliste i Redaktionen, til den er rettet.</p>
            <p><a href="\(search.pageURL(path: "/tilbud/\(detail.offer.id)"))">Tilbage til tilbuddet</a> · \
            <a href="\(search.pageURL())">Tilbage til søgningen</a></p>
            """
            return Layout.page(title: "Tak for fejlmeldingen", section: .none, main: main).response()
        }
    }

    private func offer(_ id: String) async throws -> OfferDetail {
        guard SearchParameters.isCatalogueID(id) else { throw WebError(DirectoryError.unknownOffer(id: id)) }
        return try await EditorialPage.run { () async throws(DirectoryError) in try await service.directory.offer(id: id) }
    }

    /// Who hears of a report about the offer: its centre's editors with an e-mail address, else
    /// the administrators (the accounts are read here, the rule is the service's).
    private func audience(_ detail: OfferDetail) async throws -> ReportAudience {
        let recipients = try await access.mailRecipients()
        return service.reportAudience(offer: detail.offer, centreName: detail.centre?.name, recipients: recipients)
    }

    /// The form; `search` is the search it was opened from, which its links back (and the form's
    /// own address) keep.
    private func page(_ detail: OfferDetail, field: HTML, audience: ReportAudience, text: String = "", reporter: String = "",
                      problem: String? = nil, search: SearchParameters, status: HTTPResponse.Status = .ok) -> Response {
        let offer = detail.offer
        let error: HTML = problem.map { "<p class=\"besked advarsel\" role=\"alert\" id=\"problem\">\($0)</p>" } ?? ""
        let main: HTML = """
        <p class="tilbage"><a href="\(search.pageURL(path: "/tilbud/\(offer.id)"))">Tilbage til tilbuddet</a> · \
        <a href="\(search.pageURL())">Tilbage til søgningen</a></p>
        <h1>Meld fejl i <q>\(offer.name)</q></h1>
        <p>Er en oplysning forkert eller forældet – telefonnummer, tid, sted, hvem der kan deltage? Skriv det her: \
        <strong>\(audience.sentence)</strong>, og meldingen står på centrets arbejdsliste i Redaktionen, til den er rettet.</p>
        \(error)
        <form method="post" action="\(search.pageURL(path: "/meld-fejl/\(offer.id)"))" class="redaktion-form">\(field)
        <div class="felt"><label for="tekst">Hvad er forkert?</label>
        <textarea id="tekst" name="tekst" rows="5" maxlength="\(EditorialService.maxReportLength)" required aria-describedby="tekst-hjaelp">\(text)</textarea>
        <p class="hjaelp" id="tekst-hjaelp">Højst \(EditorialService.maxReportLength) tegn. Skriv ikke navne eller andre oplysninger om borgere.</p></div>
        <div class="felt"><label for="afsender">Dit navn eller din afdeling (frivilligt)</label>
        <input type="text" id="afsender" name="afsender" value="\(reporter)" maxlength="\(EditorialService.maxReporterLength)" autocomplete="name"></div>
        <p class="knapper"><button type="submit">Send fejlmeldingen</button></p>
        </form>
        """
        return Layout.page(title: "Meld fejl", section: .none, main: main).response(status: status)
    }
}
