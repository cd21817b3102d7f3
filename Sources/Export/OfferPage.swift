import OfferModel

/// One HTML page per offer with the sundhed.dk fields the catalogue fills, in the portal's order,
/// ready to copy field by field; a field without a value is left out (and left empty on the
/// portal). Every text from the catalogue is escaped.
enum OfferPage {
    /// `contact` is the offer's one contact line (`ContactRoute`), as the search page shows it.
    static func html(_ row: SundhedDKRow, municipality: String, contact: String) -> String {
        var fields = ""
        for column in SundhedDKRow.columns where column.jsonKey != "id" {
            let value = column.value(row)
            guard !value.isEmpty else { continue }
            fields += "<section>\n<h2>\(escape(column.heading))</h2>\n<div class=\"felt\">\(escape(value))</div>\n</section>\n"
        }
        let contactLine = contact.isEmpty ? "" : "<p class=\"kontakt\">Kontakt (som på søgesiden): \(escape(contact))</p>\n"
        return page(title: row.name, body: """
        <p class="hjaelp">Klik på et felt for at markere det hele, og kopiér det med Ctrl+C. \
        Felterne står i samme rækkefølge som kolonnerne i tilbud.csv; felter, kataloget ikke udfylder, er udeladt og \
        står tomme på sundhed.dk. Tilbud-id: <code>\(escape(row.id))</code> · \(escape(municipality))</p>
        \(contactLine)\(fields)<p><a href="index.html">Alle tilbud</a></p>
        """)
    }

    static func index(_ rows: [SundhedDKRow], municipality: String, exported: CalendarDate) -> String {
        let items = rows.map { row in
            let paused = row.status == OfferStatus.paused.rawValue ? " <em>(på pause)</em>" : ""
            return "<li><a href=\"\(escape(row.id)).html\">\(escape(row.name))</a>\(paused)</li>"
        }.joined(separator: "\n")
        return page(title: "Tilbud til sundhed.dk – \(municipality)", body: """
        <p class="hjaelp">\(rows.count) offentlige tilbud, eksporteret \(exported). Én side pr. tilbud.</p>
        <ul>
        \(items)
        </ul>
        """)
    }

    private static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
        h2 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
        .felt { border: 1px solid #999; border-radius: 4px; padding: 0.5rem; white-space: pre-wrap; user-select: all; cursor: copy; }
        .hjaelp { color: #555; }
        </style>
        </head>
        <body>
        <h1>\(escape(title))</h1>
        \(body)
        </body>
        </html>

        """
    }

    /// Escapes the five characters that mean something in HTML text and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
