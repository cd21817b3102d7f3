@testable import Directory
import Export
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct SundhedDKExportTests {
    let today = CalendarDate("2026-05-01")!

    @Test func bundledCatalogueExportValidatesAgainstItsSchema() async throws {
        let out = TemporaryFolder("sundhed-dk")
        let report = try await ExportFixture.bundledDirectory().exportSundhedDK(to: out.path, today: today)
        let result = try await ExportFixture.validate("validate_jsonschema.py", [out.at("tilbud.schema.json"), out.at("tilbud.json")])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let catalog = try ExportFixture.bundledCatalog()
        #expect(report.offers == catalog.offers.filter(\.isPublic).count)
        #expect(report.offers > 40)
    }

    @Test func schemaRejectsAWrongExport() async throws {
        let out = TemporaryFolder("sundhed-dk")
        _ = try await ExportFixture.bundledDirectory().exportSundhedDK(to: out.path, today: today)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.at("tilbud.json")))) as? [String: Any])
        var offers = try #require(json["tilbud"] as? [[String: Any]])
        offers[0]["alder_fra"] = "tres"
        offers[1]["intern"] = "noget"
        json["tilbud"] = offers
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: out.at("forkert.json")))
        let result = try await ExportFixture.validate("validate_jsonschema.py", [out.at("tilbud.schema.json"), out.at("forkert.json")])
        #expect(result.status == 1)
        #expect(result.stdout.contains("tilbud/0/alder_fra"))
        #expect(result.stdout.contains("intern"))
    }

    @Test func csvOpensInDanishExcel() throws {
        let out = TemporaryFolder("sundhed-dk")
        let report = try ExportFixture.bundledDirectory().exportSundhedDK(to: out.path, today: today)
        let data = try Data(contentsOf: URL(fileURLWithPath: out.at("tilbud.csv")))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = CSV.parse(String(decoding: data.dropFirst(3), as: UTF8.self))
        #expect(rows.first == SundhedDKRow.columns.map(\.heading))
        #expect(rows.count == report.offers + 1)
        #expect(rows.allSatisfy { $0.count == SundhedDKRow.columns.count })
        let nada = try #require(rows.first { $0.first == "nada" })
        #expect(nada[1] == "NADA øreakupunktur")
        #expect(nada[SundhedDKRow.columns.firstIndex { $0.heading == "Varighed og tid" }!] == "2 gange om ugen.")
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        #expect(SundhedDKExport.csvField("Gratis") == "Gratis")
        #expect(SundhedDKExport.csvField("a;b") == "\"a;b\"")
        #expect(SundhedDKExport.csvField("sagde \"hej\"") == "\"sagde \"\"hej\"\"\"")
        #expect(SundhedDKExport.csvField("to\nlinjer") == "\"to\nlinjer\"")
    }

    @Test func csvFieldsThatBeginLikeFormulasStayText() {
        #expect(SundhedDKExport.csvField("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(SundhedDKExport.csvField("+45 43 57 70 00") == "'+45 43 57 70 00")
        #expect(SundhedDKExport.csvField("-2+3") == "'-2+3")
        #expect(SundhedDKExport.csvField("@SUM(A1)") == "'@SUM(A1)")
        #expect(SundhedDKExport.csvField("\tindrykket") == "'\tindrykket")
        #expect(SundhedDKExport.csvField("Ring på 43 57 70 00 = gratis") == "Ring på 43 57 70 00 = gratis")
    }

    @Test func onlyPublicOffersAreExported() throws {
        let catalog = try ExportFixture.bundledCatalog()
        var offers = catalog.offers
        offers[0].status = .paused
        let content = ExportContent(offers: offers, needs: catalog.needs, centres: catalog.centres, municipality: catalog.municipality)
        let export = SundhedDKExport(content: content, exported: today)
        let ended = Set(catalog.offers.filter { $0.status == .ended }.map(\.id))
        #expect(!ended.isEmpty)
        #expect(export.rows.allSatisfy { !ended.contains($0.id) })
        #expect(export.rows.first { $0.id == offers[0].id }?.status == "pause")
    }

    @Test func onePagePerOfferWithEverythingEscaped() throws {
        let fixture = CatalogFixture()
        fixture.write("kaffe", CatalogFixture.offer(
            name: "Kaffe & kage <b>\"gratis\"</b>", summary: "Hyggeligt <script>alert('x')</script>", needs: "[ensomhed-og-faellesskab]",
            centre: "aeldrecenter", extra: "pris: \"Under 5 kr. & 'næsten' gratis\""))
        let out = TemporaryFolder("sundhed-dk")
        let report = try OfferDirectory(catalogPath: fixture.path).exportSundhedDK(to: out.path, today: today)
        let pages = try FileManager.default.contentsOfDirectory(atPath: out.at("sider")).filter { $0.hasSuffix(".html") }
        #expect(pages.count == report.offers + 1)
        let page = try String(contentsOfFile: out.at("sider/kaffe.html"), encoding: .utf8)
        #expect(page.contains("Kaffe &amp; kage &lt;b&gt;&quot;gratis&quot;&lt;/b&gt;"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.contains("Under 5 kr. &amp; &#39;næsten&#39; gratis"))
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<b>"))
        let order = ["Navn", "Formål (kort)", "Målgruppe", "Alder fra", "Indhold", "Varighed og tid", "Pris",
                     "Tilmelding og henvisning", "Telefon", "Sted", "Kommune", "Sundhedsområde/behov", "Tilbudstype", "Sidst verificeret"]
        // Fields the catalogue leaves empty are left out; the rest keep the portal's order.
        let positions = order.compactMap { page.range(of: "<h2>\(OfferPageHeading.escaped($0))</h2>")?.lowerBound }
        #expect(positions.count >= 5)
        #expect(positions == positions.sorted())
        #expect(!page.contains("<h2>Alder fra</h2>") && !page.contains("Ikke oplyst") && !page.contains("ikke oplyst"))
        #expect(page.contains("Kontakt (som på søgesiden): Testby Kommune: testby.dk"))
    }
}

/// Headings as they appear in the HTML (escaped like any other text).
enum OfferPageHeading {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}

/// A small RFC 4180 reader (`;`-separated), enough to read the export back.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == ";" {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
