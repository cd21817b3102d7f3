import Directory
import Hummingbird
import OfferModel

/// `/tilgaengelighed`: the accessibility statement Danish public sites must publish (the web
/// accessibility act): the standard, how the site is tested, what is known not to work, whom to
/// write to, and when the statement was last reviewed.
struct AccessibilityPage: Sendable {
    let directory: OfferDirectory
    /// `tilgaengelighed.kontakt`; empty: the catalogue's contact line for the tool.
    let contact: String
    /// The day the statement and the tests behind it were last gone through. Change it with them.
    static let lastReview = CalendarDate(year: 2026, month: 12, day: 6)!

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/tilgaengelighed") { _, _ in try await page() }
    }

    func page() async throws -> Response {
        let vocabulary: CatalogVocabulary
        do { vocabulary = try await directory.vocabulary() } catch { throw WebError(error) }
        let municipality = vocabulary.municipality
        let main: HTML = """
        <article class="erklaering">
        <h1>Tilgængelighedserklæring</h1>
        <p>\(municipality.name.isEmpty ? "Kommunen" : municipality.name) vil gøre Tilbudsguiden tilgængelig for alle, \
        også for medarbejdere, der bruger skærmlæser, tastatur alene, forstørrelse eller en telefon.</p>
        <h2>Standard</h2>
        <p>Siderne skal leve op til WCAG 2.1 på niveau AA, som loven om tilgængelighed af offentlige organers \
        websteder og mobilapplikationer kræver.</p>
        <h2>Sådan bliver siderne testet</h2>
        <ul>
        <li>Hver side kontrolleres automatisk med axe-core i en rigtig browser (Chromium), 1280 og 390 pixel bred.</li>
        <li>Hver side kontrolleres med W3C's Nu HTML Checker, så koden er gyldig HTML.</li>
        <li>Browsertesten prøver, at første tryk på Tab fører til \u{201E}Gå til indholdet\u{201C}, at fokus kan ses, \
        og at siden kan bruges uden JavaScript, på en telefon og ved 200 % zoom.</li>
        <li>Borgerarket og oversigten til lægerne læses tilbage fra PDF-filen, så teksten kan søges i og læses op.</li>
        </ul>
        <h2>Det, vi ved, ikke er godt nok</h2>
        <ul>
        <li>PDF-filerne (borgerarket og oversigten til læger) er ikke mærket til skærmlæsere (ikke PDF/UA). Teksten kan læses \
        og kopieres, men overskrifter er ikke mærket. Brug siden i browseren, hvis du bruger skærmlæser.</li>
        <li>Landkortet er en stor tabel. På en smal skærm skal man rulle vandret i den.</li>
        <li>Redaktionen er kun testet med de samme automatiske kontroller, ikke af brugere med skærmlæser.</li>
        </ul>
        <h2>Skriv til os</h2>
        <p>Oplever du problemer med tilgængeligheden, så skriv til: \(contactLine(vocabulary)).</p>
        <p>Du kan også klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængeligheden af offentlige websteder.</p>
        <h2>Senest gennemgået</h2>
        <p>Erklæringen blev senest gennemgået <time datetime="\(Self.lastReview.description)">\(Self.lastReview.danishLong)</time>.</p>
        </article>
        """
        return Layout.page(title: "Tilgængelighedserklæring", section: .accessibility, main: main,
                           municipality: municipality.name).response()
    }

    /// The setting's contact as a link, else the catalogue's line for the unit that runs the tool.
    private func contactLine(_ vocabulary: CatalogVocabulary) -> HTML {
        let text = contact.trimmedWhitespace
        if text.contains("@") { return "<a href=\"mailto:\(text)\">\(text)</a>" }
        if !text.isEmpty, text.allSatisfy({ $0.isNumber || $0 == " " || $0 == "+" }) {
            return "<a href=\"tel:\(text.filter { $0.isNumber || $0 == "+" })\">\(text)</a>"
        }
        if !text.isEmpty { return "<a href=\"\(OfferFacts.webURL(text))\">\(text)</a>" }
        let municipality = vocabulary.municipality
        let unit = vocabulary.centre(municipality.operatorCentre)
        let route = ContactRoute(offer: Offer(id: "", name: "", summary: "", needs: []), centre: nil, operatorUnit: unit,
                                 municipality: municipality)
        return OfferFacts.contact(route)
    }
}
