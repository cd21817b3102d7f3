import Directory
import OfferIndex
import Testing
@testable import WebApp

@Suite struct OverviewPageTests {
    let site = TestSite.bundled

    @Test func theGridHasEveryNeedAndAgeGroupWithLinks() async throws {
        let page = try await site.get("/landkort")
        #expect(page.status == .ok)
        #expect(page.text.contains("<h1>Landkort over tilbuddene</h1>"))
        for group in AgeGroup.allCases { #expect(page.text.contains("<th scope=\"col\">\(group.label)</th>")) }
        #expect(page.text.contains("<th scope=\"row\">Kronisk sygdom</th>"))
        #expect(page.text.contains("href=\"/?behov=kronisk-sygdom&amp;alder=75\""))
        #expect(page.text.contains("href=\"/udvalg.pdf?behov=kronisk-sygdom\""))
    }

    /// For the bundled catalogue, a cell's count is exactly what its link finds.
    @Test func everyCellsCountIsWhatItsLinkFinds() throws {
        let directory = site.directory
        let overview = try directory.overview()
        for row in overview.rows {
            for group in AgeGroup.allCases {
                let found = try directory.search(SearchRequest(age: group.representativeAge, needs: [row.need.id], limit: 0))
                #expect(found.total == row.count(group), "\(row.need.id) \(group)")
            }
        }
    }
}
