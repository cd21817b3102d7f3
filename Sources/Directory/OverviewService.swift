import OfferModel

/// How many public offers there are for each need and age group: the "landkort".
public struct CatalogOverview: Sendable {
    /// One need with its counts, in `AgeGroup.allCases` order.
    public struct Row: Sendable {
        public var need: Need
        public var counts: [Int]
        /// Public offers with this need that state no age: counted here, in no age group.
        public var unstated: Int
        /// Public offers with this need, whatever the age.
        public var total: Int

        public func count(_ group: AgeGroup) -> Int {
            counts[AgeGroup.allCases.firstIndex(of: group)!]
        }
    }

    public var groups: [AgeGroup] { AgeGroup.allCases }
    /// Every need of the catalogue, in the catalogue's order.
    public var rows: [Row]
    /// Public offers in the catalogue.
    public var offerCount: Int
    public var municipality: Municipality
}

/// Groups the published catalogue by need and age group (a use case shared by web and CLI).
public enum OverviewService {
    /// Counts public offers (aktiv or pause) per need and `AgeGroup` (see `AgeGroup.fits`); an offer
    /// that states no age is not "all ages": it counts in `unstated`, not in every group.
    public static func overview(of catalog: PublishedCatalog) -> CatalogOverview {
        let offers = catalog.publicOffers
        let rows = catalog.needs.map { need in
            let withNeed = offers.filter { $0.needs.contains(need.id) }
            return CatalogOverview.Row(
                need: need,
                counts: AgeGroup.allCases.map { group in withNeed.filter { !$0.ages.isOpen && group.fits($0.ages) }.count },
                unstated: withNeed.filter(\.ages.isOpen).count,
                total: withNeed.count)
        }
        return CatalogOverview(rows: rows, offerCount: offers.count, municipality: catalog.municipality)
    }
}

extension OfferDirectory {
    /// The overview of the live index.
    public func overview() throws(DirectoryError) -> CatalogOverview {
        OverviewService.overview(of: try published())
    }
}
