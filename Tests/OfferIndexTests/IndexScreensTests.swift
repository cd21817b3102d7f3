import Foundation
import OfferIndex
import OfferModel
import Testing
import TestSupport

/// The info screens travel in the index's metadata: a full build writes them, an update that
/// changes only them writes them in place, and a searcher reads them at the newest commit.
@Suite struct IndexScreensTests {
    static let kantinen = Screen(id: "kantinen", title: "Kantinen", theme: "Sundhed", seconds: 15, offers: ["rygestop", "vennekreds"],
                                 selection: ScreenSelection(needs: ["kost"], ageGroup: .children))

    @Test func aFullBuildCarriesTheScreens() throws {
        let folder = TemporaryFolder()
        let location = IndexLocation(directory: folder.path)
        var content = SampleContent.content
        content.screens = [Self.kantinen]
        try IndexWriter(location: location).rebuild(content)
        #expect(try OfferSearcher(location: location).screens() == [Self.kantinen])
    }

    @Test func changedScreensAloneAreWrittenInPlaceAndAnOpenSearcherSeesThem() throws {
        let folder = TemporaryFolder()
        let location = IndexLocation(directory: folder.path)
        try IndexWriter(location: location).rebuild(SampleContent.content)
        let searcher = try OfferSearcher(location: location)
        #expect(try searcher.screens().isEmpty)
        let database = location.currentDatabase()
        var content = SampleContent.content
        content.screens = [Self.kantinen]
        let report = try #require(try IndexWriter(location: location).updateInPlace(content))
        #expect(report.mode == .incremental && report.changed == 0 && location.currentDatabase() == database)
        #expect(try searcher.screens() == [Self.kantinen])
        // The same screens again: nothing to write, no new commit.
        let stamp = location.currentRevision()
        _ = try IndexWriter(location: location).updateInPlace(content)
        #expect(location.currentRevision() == stamp)
    }
}
