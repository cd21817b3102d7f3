@testable import Directory
import OfferIndex
import OfferModel
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
        #expect(page.text.contains("href=\"/?behov=traening-og-funktionsevne&amp;alder=75\""))
        #expect(page.text.contains("href=\"/udvalg.pdf?behov=kronisk-sygdom\""))
        #expect(page.text.contains("<th scope=\"col\">Uden angivet alder</th>"))
    }

    /// "No age stated" is not "all ages": the care home (from 65) is not offered to children, and
    /// offers without a stated age stand in their own column.
    @Test func offersWithoutAStatedAgeHaveTheirOwnColumn() throws {
        let overview = try site.directory.overview()
        let housing = try #require(overview.rows.first { $0.need.id == "bolig" })
        #expect(housing.count(.children) == 0)
        #expect(housing.count(.older) == 1, "plejehjemmet")
        #expect(housing.unstated == 1, "botilbuddet angiver ingen alder")
        let children = overview.rows.map { $0.count(.children) }.reduce(0, +)
        let unstated = overview.rows.map(\.unstated).reduce(0, +)
        #expect(children < unstated, "børnekolonnen er ikke længere alle tilbud uden alder")
    }

    /// For the bundled catalogue, a cell's link finds the cell's offers and, after them, the row's
    /// offers without a stated age (the search keeps those, marked "alder ikke angivet").
    @Test func everyCellsCountIsWhatItsLinkFinds() throws {
        let directory = site.directory
        let overview = try directory.overview()
        for row in overview.rows {
            for group in AgeGroup.allCases {
                let found = try directory.search(SearchRequest(age: group.representativeAge, needs: [row.need.id], limit: 0))
                #expect(found.total == row.count(group) + row.unstated, "\(row.need.id) \(group)")
            }
        }
    }
}
