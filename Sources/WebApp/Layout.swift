import Hummingbird

/// The frame every page shares: Danish document, skip link, header with navigation, footer.
enum Layout {
    /// The scripts every page loads, in order (`Assets`): the citizen selection, then search as
    /// you type, which tells the first when it redraws results, then Redaktionen's LIX counter.
    static let scripts = ["/static/udvalg.js", "/static/app.js", "/static/redaktion.js"]

    /// Which navigation entry is the current page.
    enum Section { case search, overview, selection, accessibility, none }

    static func page(title: String, section: Section, main: HTML, municipality: String? = nil,
                     bodyClass: String = "") -> HTML {
        func link(_ href: String, _ label: String, _ own: Section, id: String = "") -> HTML {
            let idAttribute: HTML = id.isEmpty ? "" : " id=\"\(id)\""
            let current: HTML = own == section ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(href)\"\(idAttribute)\(current)>\(label)</a></li>"
        }
        let subtitle = municipality.map { "\($0)s sundhedstilbud" } ?? "Kommunens sundhedstilbud"
        return """
        <!doctype html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) – Tilbudsguide</title>
        <link rel="stylesheet" href="/static/app.css">
        \(HTML.join(scripts.map { "<script src=\"\($0)\" defer></script>" }, separator: "\n"))
        </head>
        <body class="\(bodyClass)">
        <a class="spring-over" href="#indhold">Gå til indholdet</a>
        <header class="top">
        <p class="maerke"><a href="/">Tilbudsguide</a> <span>\(subtitle)</span></p>
        <nav aria-label="Hovedmenu"><ul>
        \(link("/", "Søg", .search))
        \(link("/landkort", "Landkort", .overview))
        \(link("/udvalg", "Borgerark", .selection, id: "nav-udvalg"))
        <li><a href="/udvalg.pdf" id="nav-laege">PDF til lægen</a></li>
        </ul></nav>
        </header>
        <main id="indhold" tabindex="-1">
        \(main)
        </main>
        <footer class="bund"><p>Til medarbejdere ved borgersamtaler. Oplysningerne kommer fra kommunens katalog over sundhedstilbud.</p>
        <p><a href="/tilgaengelighed"\(HTML.when(section == .accessibility, " aria-current=\"page\""))>Tilgængelighedserklæring</a></p></footer>
        </body>
        </html>

        """
    }
}

extension HTML {
    /// A complete HTML response.
    func response(status: HTTPResponse.Status = .ok) -> Response {
        let buffer = ByteBuffer(string: markup)
        return Response(status: status,
                        headers: [.contentType: "text/html; charset=utf-8", .contentLength: String(buffer.readableBytes)],
                        body: ResponseBody(byteBuffer: buffer))
    }
}
