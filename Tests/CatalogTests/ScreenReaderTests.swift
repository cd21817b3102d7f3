import Catalog
import Foundation
import OfferModel
import Testing
import TestSupport

/// `skaerme.yaml`: the info screens are read, checked against the offers and needs they name,
/// and written back by `CatalogWriter` as they were read.
@Suite struct ScreenReaderTests {
    let today = CalendarDate("2026-11-24")!

    @Test func screensAreReadWithOffersInOrderAndASelection() throws {
        let fixture = CatalogFixture()
        fixture.folder.write("skaerme.yaml", """
        borgerservice:
          titel: Borgerservice
          tema: Sundhed i Testby
          sekunder: 15
          tilbud:
            - vennekreds
            - rygestop
          udvalg:
            behov: [kost-og-vaegt]
            aldersgruppe: boern

        """)
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.findings.isEmpty, "\(catalog.findings.map(\.description))")
        #expect(catalog.screens == [Screen(id: "borgerservice", title: "Borgerservice", theme: "Sundhed i Testby", seconds: 15,
                                           offers: ["vennekreds", "rygestop"],
                                           selection: ScreenSelection(needs: ["kost-og-vaegt"], ageGroup: .children))])
    }

    @Test func mistakesAreErrorsOnTheirLines() throws {
        let fixture = CatalogFixture()
        fixture.folder.write("skaerme.yaml", """
        kantinen:
          titel: Kantinen
          sekunder: 2
          farve: blå
          tilbud:
            - rygestp
            - vennekreds
            - vennekreds
          udvalg:
            behov: [rygnig]
            aldersgruppe: pensionister
        Lægehuset:
          tema: Uden titel og uden tilbud

        """)
        let errors = try CatalogLoader(today: today).load(path: fixture.path).errors
        func has(_ line: Int, _ text: String) -> Bool {
            errors.contains { $0.file.hasSuffix("skaerme.yaml") && $0.line == line && $0.message.contains(text) }
        }
        #expect(has(3, "'sekunder' skal ligge mellem 5 og 600"), "\(errors.map(\.description))")
        #expect(has(4, "ukendt felt 'farve' under skærmen 'kantinen'"))
        #expect(has(6, "ukendt tilbud 'rygestp' (mente du 'rygestop'?)"))
        #expect(has(8, "'vennekreds' står to gange"))
        #expect(has(10, "ukendt behov 'rygnig' (mente du 'rygning'?)"))
        #expect(has(11, "ukendt aldersgruppe 'pensionister'; brug en af boern, unge, voksne, aeldre, 80-plus"))
        #expect(has(12, "skærmens id 'Lægehuset' må kun have små bogstaver"))
        #expect(has(12, "skærmen 'Lægehuset' mangler 'titel'"))
        #expect(has(12, "skærmen 'Lægehuset' viser intet"))
        #expect(errors.count == 9)
    }

    /// An ended offer is left off the screen anyway: a warning that its place misleads, not an error.
    @Test func anEndedOfferIsAWarning() throws {
        let fixture = CatalogFixture()
        fixture.write("gammelt", CatalogFixture.offer(name: "Gammelt", summary: "Slut.", needs: "[rygning]", centre: "sundhedscenter",
                                                      status: "ophoert"))
        fixture.folder.write("skaerme.yaml", "kantinen:\n  titel: Kantinen\n  tilbud: [rygestop, gammelt]\n")
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.isValid, "\(catalog.errors.map(\.description))")
        #expect(catalog.warnings.contains { $0.file.hasSuffix("skaerme.yaml") && $0.message.contains("'gammelt' er ophørt") })
    }

    /// Offers recognised by their digest (left unread) are known to the screens too, and
    /// changing `skaerme.yaml` keeps the digests usable: it is not one of the files offers depend on.
    @Test func knownRecordsCountAndTheFileIsNotSharedSource() throws {
        let fixture = CatalogFixture()
        fixture.folder.write("skaerme.yaml", "kantinen:\n  titel: Kantinen\n  tilbud: [rygestop]\n")
        let first = try CatalogLoader(today: today).load(path: fixture.path)
        let known = KnownRecords(sharedSource: first.sharedSource, digests: first.digests)
        fixture.folder.write("skaerme.yaml", "kantinen:\n  titel: Kantinen\n  tilbud: [rygestop, vennekreds, ukendt]\n")
        let second = try CatalogLoader(today: today).load(path: fixture.path, known: known)
        #expect(second.sharedSource == first.sharedSource)
        #expect(second.entries.isEmpty && second.known.count == 3)
        #expect(second.errors.map(\.message) == ["skærmen 'kantinen' viser et ukendt tilbud 'ukendt'; tilbuddet skal findes i tilbud/"])
    }

    @Test func theBundledScreensAreWrittenBackAsTheyStand() throws {
        let text = try String(contentsOfFile: RepositoryPaths.catalog + "/skaerme.yaml", encoding: .utf8)
        let catalog = try CatalogLoader().load(path: RepositoryPaths.catalog)
        #expect(catalog.isValid)
        #expect(catalog.screens.map(\.id) == ["borgerservice", "ishoej-laegecenter", "kantinen"])
        #expect(catalog.screens.allSatisfy { $0.offers.contains("forloebsprogrammer") && $0.offers.contains("rygestopkursus") })
        #expect(try CatalogWriter.screensYAML(catalog.screens) == text)
        #expect(CatalogLoader().screens(folder: RepositoryPaths.catalog).screens == catalog.screens)
    }

    @Test func noScreensIsAValidFile() throws {
        let fixture = CatalogFixture()
        fixture.folder.write("skaerme.yaml", try CatalogWriter.screensYAML([]))
        let catalog = try CatalogLoader(today: today).load(path: fixture.path)
        #expect(catalog.findings.isEmpty, "\(catalog.findings.map(\.description))")
        #expect(catalog.screens.isEmpty)
    }
}
