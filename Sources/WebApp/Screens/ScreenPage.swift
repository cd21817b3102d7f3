import Directory
import Foundation
import Hummingbird
import OfferModel

/// `/skaerm/<id>`: an info screen for a 1920×1080 display in a waiting room or a canteen. It
/// shows the screen's offers one at a time in large type with a QR code to the offer's page, and
/// runs for days without anyone touching it.
///
/// With JavaScript (`skaerm.js`) the page stays loaded: it moves on every `sekunder` seconds and
/// asks `/skaerm/<id>/data` every `opdater` seconds (30, or `?opdater=N`) for the screen's offers
/// as they are now, so an edited, paused or ended offer shows within that time. Without
/// JavaScript the page is plain HTML that loads the next offer itself (`?nr=`, a refresh in
/// `<noscript>`). A screen that cannot be shown (unknown id, no index) says so and looks again
/// every minute, so it recovers on its own.
struct ScreenPage: Sendable {
    let directory: OfferDirectory
    /// The site's public address (`adresse`) the QR codes point to; nil: the address the screen
    /// itself was opened at.
    let publicAddress: String?

    static let refreshSeconds = 30
    static let refreshRange = 1...600
    /// How soon a screen that shows nothing tries again.
    static let retrySeconds = 60

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/skaerm/:id") { request, context in try await page(request, id: context.parameters.get("id") ?? "") }
        router.get("/skaerm/:id/data") { request, context in try await data(request, id: context.parameters.get("id") ?? "") }
    }

    func page(_ request: Request, id: String) async throws -> Response {
        let query = QueryString(request.uri.query)
        let position = max(0, query.first("nr").flatMap { Int($0) } ?? 0)
        let refresh = query.first("opdater").flatMap { Int($0) }.map { min(max($0, Self.refreshRange.lowerBound), Self.refreshRange.upperBound) }
        let show: ScreenShow?
        do { show = SearchParameters.isCatalogueID(id) ? try await directory.screenShow(id: id) : nil } catch {
            return unavailable(id: id, message: WebError(error).message, status: .serviceUnavailable)
        }
        guard let show else {
            return unavailable(id: id, message: "Skærmen '\(id)' findes ikke i kataloget (catalog/skaerme.yaml).", status: .notFound)
        }
        let contents = Self.contents(show, base: base(request))
        let count = max(contents.count, 1)
        let next = "/skaerm/\(id)?nr=\((position + 1) % count)" + (refresh.map { "&opdater=\($0)" } ?? "")
        let wait = contents.isEmpty ? Self.retrySeconds : show.screen.seconds
        var view = ScreenView(show: show, contents: contents, position: position % count, live: true)
        view.attributes = """
         data-kilde="/skaerm/\(id)/data" data-sekunder="\(show.screen.seconds)" data-opdater="\(refresh ?? Self.refreshSeconds)"
        """
        let head: HTML = "<noscript><meta http-equiv=\"refresh\" content=\"\(wait); url=\(next)\"></noscript>"
        return Self.document(title: show.screen.title, head: head, body: view.html).response().noStore
    }

    /// The screen's settings and offers as `skaerm.js` puts them in place; 404 for an unknown screen.
    func data(_ request: Request, id: String) async throws -> Response {
        let show: ScreenShow?
        do { show = SearchParameters.isCatalogueID(id) ? try await directory.screenShow(id: id) : nil } catch { throw WebError(error) }
        guard let show else { throw WebError.notFound("Skærmen '\(id)' findes ikke i kataloget.") }
        let answer = ScreenData(id: show.screen.id, title: show.screen.title, theme: show.screen.theme, seconds: show.screen.seconds,
                                municipality: show.municipality.name, offers: Self.contents(show, base: base(request)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let body = ByteBuffer(bytes: try encoder.encode(answer))
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(body.readableBytes),
                                               .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: body))
    }

    /// The screen page's JSON.
    struct ScreenData: Encodable {
        var id: String
        var title: String
        var theme: String
        var seconds: Int
        var municipality: String
        var offers: [ScreenSlideContent]
        enum CodingKeys: String, CodingKey {
            case id, title = "titel", theme = "tema", seconds = "sekunder", municipality = "kommune", offers = "tilbud"
        }
    }

    static func contents(_ show: ScreenShow, base: String) -> [ScreenSlideContent] {
        let today = CalendarDate.today()
        return show.slides.map { ScreenSlideContent($0, municipality: show.municipality, centres: show.centres, base: base, today: today) }
    }

    private func base(_ request: Request) -> String {
        Self.base(request, publicAddress: publicAddress)
    }

    /// `adresse`, or else the address the request came to (only a plain host and port are taken).
    static func base(_ request: Request, publicAddress: String?) -> String {
        if let publicAddress { return publicAddress }
        let host = request.head.authority ?? ""
        let plain = !host.isEmpty && host.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "[")
                || byte == UInt8(ascii: "]")
        }
        return "http://" + (plain ? host : "localhost")
    }

    /// A screen page that says why it shows nothing and loads again in a minute, with or without JavaScript.
    private func unavailable(id: String, message: String, status: HTTPResponse.Status) -> Response {
        let again = SearchParameters.isCatalogueID(id) ? "/skaerm/\(id)" : "/"
        let body: HTML = """
        <div class="skaerm skaerm-tom" id="skaerm-venter" data-igen="\(again)" data-sekunder="\(Self.retrySeconds)">
        <main class="skaerm-indhold"><div class="skaerm-tekst"><h1 class="skaerm-navn">Skærmen kan ikke vises lige nu</h1>
        <p class="skaerm-kort">\(message) Skærmen prøver igen om et minut.</p></div></main>
        </div>
        """
        // The script loads it again; a refresh in <noscript> does without one (a timed refresh the
        // browser itself does is what WCAG 2.2.1 and axe-core's meta-refresh rule advise against).
        let head: HTML = "<noscript><meta http-equiv=\"refresh\" content=\"\(Self.retrySeconds); url=\(again)\"></noscript>"
        return Self.document(title: "Infoskærm", head: head, body: body).response(status: status).noStore
    }

    /// A whole screen document: its own stylesheet and script, no menu or footer of the site.
    static func document(title: String, head: HTML, body: HTML) -> HTML {
        """
        <!doctype html>
        <html lang="da" class="skaerm-dokument">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Infoskærm: \(title) – Tilbudsguide</title>
        <link rel="stylesheet" href="/static/skaerm.css">
        <script src="/static/skaerm.js" defer></script>
        \(head)
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}

extension Response {
    /// The response, never kept by a browser or proxy: a screen must show the catalogue as it is now.
    var noStore: Response {
        var response = self
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
