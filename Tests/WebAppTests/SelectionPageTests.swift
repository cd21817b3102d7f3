import Testing
@testable import WebApp

@Suite struct SelectionPageTests {
    let site = TestSite.bundled

    @Test func theCitizenSheetHasWhatWhereWhenHowAndContact() async throws {
        let page = try await site.get("/udvalg?ids=forloebsprogrammer,rygestopkursus")
        #expect(page.status == .ok)
        #expect(page.text.contains("<h1>Sundhedstilbud til dig</h1>"))
        #expect(page.text.contains("<h2>Forløbsprogrammer for borgere med kronisk sygdom</h2>"))
        #expect(page.text.contains("<h2>Rygestopkursus</h2>"))
        for label in ["Hvor?", "Hvornår?", "Sådan kommer du med", "Kontakt"] {
            #expect(page.text.components(separatedBy: "<dt>\(label)</dt>").count == 3, "\(label)")
        }
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
}
