@testable import Directory
import Foundation
import TestSupport
import Testing
@testable import WebApp

@Suite struct SelectionPageTests {
    let site = TestSite.bundled

    @Test func theCitizenSheetHasWhatWhereWhenHowAndContact() async throws {
        let page = try await site.get("/udvalg?ids=forloebsprogrammer,rygestopkursus")
        #expect(page.status == .ok)
        #expect(page.text.contains("<h1>Tilbud til dig</h1>"))
        #expect(page.text.contains("<h2>Forløbsprogrammer for borgere med kronisk sygdom</h2>"))
        #expect(page.text.contains("<h2>Rygestopkursus</h2>"))
        for label in ["For hvem?", "Kontakt"] {
            #expect(page.text.components(separatedBy: "<dt>\(label)</dt>").count == 3, "\(label)")
        }
        // Where, when and how are not in the catalogue for these two: the rows are left out.
        for label in ["Hvor?", "Hvornår?", "Sådan kommer du med"] { #expect(!page.text.contains("<dt>\(label)</dt>"), "\(label)") }
        for circle in ["Spørg, når du kontakter", "Kontakt tilbuddet", "ikke oplyst", "2018-2020", "TV-Ishøj"] {
            #expect(!page.text.contains(circle), "\(circle)")
        }
        #expect(page.text.contains("<dt>Kontakt</dt><dd>Ishøj Kommune: <a href=\"https://ishoj.dk\">ishoj.dk</a></dd>"))
        #expect(page.text.contains("Din kontaktperson i kommunen"))
        #expect(page.text.contains("id=\"ny-borger\""))
        #expect(!page.text.contains("<dd></dd>"))
        #expect(page.text.contains("<body class=\"borgerark\">"))
        #expect(page.text.contains("href=\"/udvalg.pdf?ids=forloebsprogrammer%2Crygestopkursus\""))
    }

    @Test func repeatedIdsWorkWithoutJavaScript() async throws {
        let page = try await site.get("/udvalg?ids=rygestopkursus&ids=demenscafe&ids=rygestopkursus")
        #expect(page.text.components(separatedBy: "<section class=\"ark-tilbud\">").count == 3)
    }

    @Test func unknownAndEndedOffersAreLeftOutWithANote() async throws {
        let page = try await site.get("/udvalg?ids=rygestopkursus,findes-ikke,sammen-om-demens")
        #expect(page.status == .ok)
        #expect(page.text.contains("Ikke med på arket (findes ikke eller er ophørt): findes-ikke, Sammen om demens"))
        #expect(page.text.components(separatedBy: "<section class=\"ark-tilbud\">").count == 2)
    }

    @Test func noChoiceExplainsHowToChoose() async throws {
        let page = try await site.get("/udvalg")
        #expect(page.status == .ok)
        #expect(page.text.contains("Der er ikke valgt nogen tilbud endnu."))
    }

    @Test func theCitizenSheetAsPDF() async throws {
        let page = try await site.get("/udvalg.pdf?ids=rygestopkursus,nada")
        #expect(page.status == .ok)
        #expect(page.contentType == "application/pdf")
        #expect(page.text.hasPrefix("%PDF-"))
        #expect(page.headers[.contentDisposition]?.contains("tilbud-til-borgeren.pdf") == true)
    }

    @Test func theGPVersionForAThemeAndForASearch() async throws {
        let theme = try await site.get("/udvalg.pdf?behov=kronisk-sygdom")
        #expect(theme.status == .ok && theme.text.hasPrefix("%PDF-"))
        #expect(theme.headers[.contentDisposition]?.contains("sundhedstilbud-til-laeger.pdf") == true)
        let search = try await site.get("/udvalg.pdf?q=sukkersyge")
        #expect(search.status == .ok && search.text.hasPrefix("%PDF-"))
        let nothing = try await site.get("/udvalg.pdf?q=pas+til+udlandet")
        #expect(nothing.status == .notFound)
        let unknown = try await site.get("/udvalg.pdf?ids=findes-ikke")
        #expect(unknown.status == .notFound)
    }

    /// While the render queue is full, a PDF is refused at once with 503, Retry-After and a
    /// Danish page, and search goes on; once a render ends, PDFs are made again.
    @Test func aPDFBeyondTheRenderQueueIs503WithRetryAfter() async throws {
        let directory = OfferDirectory(catalogPath: site.directory.catalogPath, indexPath: site.folder.path)
        let busy = TestSite(folder: site.folder, directory: directory)
        let gate = DispatchSemaphore(value: 0)
        let queue = directory.renders
        let held = (0..<(queue.running + queue.waiting)).map { _ in
            Task { () async throws(DirectoryError) -> Int in try await queue.run { gate.wait(); return 0 } }
        }
        for _ in 0..<1200 where queue.load != (queue.running, queue.waiting) { try await Task.sleep(for: .milliseconds(25)) }
        let refused = try await busy.get("/udvalg.pdf?ids=rygestopkursus")
        #expect(refused.status == .serviceUnavailable)
        #expect(refused.headers[.retryAfter] == String(RenderQueue.retryAfter))
        #expect(refused.contentType.hasPrefix("text/html"))
        #expect(refused.text.contains("Serveren har travlt") && refused.text.contains("Prøv igen om \(RenderQueue.retryAfter) sekunder"))
        #expect(try await busy.get("/api/search?q=rygestop").status == .ok, "search goes on")
        for _ in held { gate.signal() }
        for task in held { _ = try await task.value }
        let made = try await busy.get("/udvalg.pdf?ids=rygestopkursus")
        #expect(made.status == .ok && made.text.hasPrefix("%PDF-"))
    }

    /// The sheet's words are the PDF's: the same labels and values, read back from the PDF.
    @Test func theBrowserSheetAndThePDFSayTheSame() async throws {
        let page = try await site.get("/udvalg?ids=kontinensklinik,nada")
        let pdf = try await site.get("/udvalg.pdf?ids=kontinensklinik,nada")
        let folder = TemporaryFolder()
        let file = folder.at("ark.pdf")
        try Data(pdf.bytes).write(to: URL(fileURLWithPath: file))
        let read = try await CommandRunner.run("/usr/bin/pdftotext", ["-enc", "UTF-8", file, "-"])
        let pdfText = read.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["Lægecentret i Ishøj Bycenter, Ishøj Bycenter, 5. sal", "Du kan selv kontakte tilbuddet.",
                       "Borgere, der skal have bevilget bleer, skal først tilknyttes klinikken.",
                       "Her kan du læse om 2 tilbud, som kan passe til dig.", "Din kontaktperson i kommunen"] {
            #expect(page.text.contains(phrase), "siden: \(phrase)")
            #expect(pdfText.contains(phrase), "PDF: \(phrase)")
        }
        #expect(page.text.contains("<dt>Kontakt</dt><dd>Ishøj Kommune: <a href=\"https://ishoj.dk\">ishoj.dk</a></dd>"))
        #expect(pdfText.contains("Kontakt Ishøj Kommune: ishoj.dk"))
    }

    @Test func theWayBackKeepsTheSearch() async throws {
        let page = try await site.get("/udvalg?ids=nada&q=angst&alder=40")
        #expect(page.text.contains("<a href=\"/?q=angst&amp;alder=40\" id=\"tilbage\">Tilbage til søgningen</a>"))
    }
}
