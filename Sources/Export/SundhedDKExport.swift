import Foundation
import OfferModel

/// `tilbud.json` as a value: the export date, the municipality and the rows.
public struct SundhedDKDocument: Sendable, Hashable, Codable {
    /// `YYYY-MM-DD`.
    public var exported: String
    public var municipality: String
    public var count: Int
    public var offers: [SundhedDKRow]

    public init(exported: String, municipality: String, count: Int, offers: [SundhedDKRow]) {
        self.exported = exported
        self.municipality = municipality
        self.count = count
        self.offers = offers
    }

    enum CodingKeys: String, CodingKey {
        case exported = "eksporteret", municipality = "kommune", count = "antal", offers = "tilbud"
    }
}

/// The export for sundhed.dk's twice-yearly update: one row per public offer (status aktiv or pause).
///
/// Files: `tilbud.csv` (UTF-8 with BOM, `;`-separated, CRLF, so Danish Excel opens it as it is),
/// `tilbud.json` with its schema `tilbud.schema.json`, `sider/<id>.html` (one page per offer plus
/// `sider/index.html`) and `aendringer.md` (what changed since the previous export).
public struct SundhedDKExport: Sendable {
    public static let csvFile = "tilbud.csv"
    public static let jsonFile = "tilbud.json"
    public static let schemaFile = "tilbud.schema.json"
    public static let changesFile = "aendringer.md"
    public static let pagesFolder = "sider"

    public let document: SundhedDKDocument
    /// Each offer's one contact line (`ContactRoute`) by id, for the HTML pages.
    let contactLines: [String: String]

    public init(content: ExportContent, exported: CalendarDate) {
        let rows = content.publicOffers.map { SundhedDKRow($0, in: content) }
        contactLines = Dictionary(content.publicOffers.map {
            ($0.id, ContactRoute(offer: $0, centres: content.centres, municipality: content.municipality).text)
        }, uniquingKeysWith: { a, _ in a })
        document = SundhedDKDocument(exported: exported.description, municipality: content.municipality.name,
                                     count: rows.count, offers: rows)
    }

    public var rows: [SundhedDKRow] { document.offers }

    /// Every file of the export; `previous` is the last export's `tilbud.json`, for `aendringer.md`.
    public func files(previous: SundhedDKDocument?) throws(ExportError) -> [ExportFile] {
        var files = [
            ExportFile(path: Self.csvFile, text: csv()),
            try ExportFile.json(Self.jsonFile, document),
            try ExportFile.json(Self.schemaFile, SundhedDKSchema.document),
            ExportFile(path: Self.changesFile, text: changes(since: previous).markdown),
        ]
        let exported = CalendarDate(document.exported) ?? .today()
        files.append(ExportFile(path: "\(Self.pagesFolder)/index.html",
                                text: OfferPage.index(rows, municipality: document.municipality, exported: exported)))
        for row in rows {
            files.append(ExportFile(path: "\(Self.pagesFolder)/\(row.id).html",
                                    text: OfferPage.html(row, municipality: document.municipality,
                                                         contact: contactLines[row.id] ?? "")))
        }
        return files
    }

    /// What is new, changed and gone compared with `previous` (everything is new without one).
    public func changes(since previous: SundhedDKDocument?) -> ChangeReport {
        ChangeReport(previous: previous, current: document)
    }

    /// The CSV text: a BOM, a heading row and one row per offer.
    public func csv() -> String {
        let columns = SundhedDKRow.columns
        var lines = [columns.map { Self.csvField($0.heading) }.joined(separator: ";")]
        for row in rows {
            lines.append(columns.map { Self.csvField($0.value(row)) }.joined(separator: ";"))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Characters that make a spreadsheet read a cell as a formula when they begin it.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Quotes a field when it holds `;`, a quote, a line break or surrounding spaces. A field that
    /// begins like a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets an apostrophe first, so
    /// Excel shows it as text and never runs it: a description such as `=HYPERLINK(…)` stays words,
    /// and `+45 43 57 …` is not summed. The apostrophe is only in the CSV; `tilbud.json`, the
    /// portal's machine-readable file, has every value as the catalogue states it.
    public static func csvField(_ value: String) -> String {
        let value = value.first.map(formulaStarts.contains) == true ? "'" + value : value
        let needsQuotes = value.contains { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reads the `tilbud.json` of an earlier export from its folder.
    public static func readPrevious(folder: String) throws(ExportError) -> SundhedDKDocument {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(jsonFile).path
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: "--since skal pege på mappen med den forrige eksport (der skal ligge en \(jsonFile))")
        }
        do { return try JSONDecoder().decode(SundhedDKDocument.self, from: data) } catch {
            throw .invalidInput(path: path, reason: "filen er ikke en tilbud.json fra en tidligere eksport (\(error))")
        }
    }
}
