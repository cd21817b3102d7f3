@testable import Directory
import OfferModel
import TestSupport
import Testing

@Suite struct OverviewServiceTests {
    @Test func ageGroupsCoverEveryAgeOnce() {
        for age in 0...120 {
            #expect(AgeGroup.allCases.filter { $0.ages.contains(age) }.count == 1, "\(age)")
            #expect(AgeGroup(age: age).ages.contains(age))
        }
        for group in AgeGroup.allCases { #expect(group.ages.contains(group.representativeAge)) }
    }

    @Test func anOfferFitsTheGroupsItsAgesOverlap() {
        #expect(AgeGroup.allCases.allSatisfy { $0.fits(AgeRange()) })
        #expect(AgeGroup.allCases.filter { $0.fits(AgeRange(from: 4, to: 12)) } == [.children])
        #expect(AgeGroup.allCases.filter { $0.fits(AgeRange(from: 75)) } == [.older, .oldest])
        #expect(AgeGroup.allCases.filter { $0.fits(AgeRange(to: 13)) } == [.children, .youth])
    }

    @Test func countsPublicOffersPerNeedAndAgeGroup() throws {
        let fixture = CatalogFixture()
        fixture.write("ophoert-hold", CatalogFixture.offer(name: "Gammelt hold", summary: "Slut.", needs: "[rygning]",
                                                            centre: "sundhedscenter", status: "ophoert"))
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        _ = try directory.reindex()
        let overview = try directory.overview()
        #expect(overview.offerCount == 3)
        #expect(overview.rows.map(\.need.id) == ["rygning", "ensomhed-og-faellesskab", "kost-og-vaegt"])
        let smoking = overview.rows[0], lonely = overview.rows[1], weight = overview.rows[2]
        // The smoking course states no age: its own column, not every age group.
        #expect(smoking.counts == [0, 0, 0, 0, 0] && smoking.unstated == 1 && smoking.total == 1)
        #expect(lonely.counts == [0, 0, 0, 1, 1] && lonely.unstated == 0)
        #expect(weight.counts == [1, 0, 0, 0, 0] && weight.unstated == 0)
        #expect(overview.municipality.name == "Testby Kommune")
    }
}
