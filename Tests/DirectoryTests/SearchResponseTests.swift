@testable import Directory
import Foundation
import OfferIndex
import OfferModel
import TestSupport
import Testing

/// The JSON shape other tools rely on (documented in docs/soegning.md).
@Suite struct SearchResponseTests {
    @Test func jsonShapeHasDanishKeysAndCatalogueFields() throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: index.path)
        try directory.reindex()
        let response = try directory.search(SearchRequest(text: "ensomme", age: 70))
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(response)) as? [String: Any])
        for key in ["soegning", "alder", "alder_fra_tekst", "alder_til", "antal", "kvalitet", "resultater", "facetter", "forslag",
                    "ignorerede_ord", "forkortet", "sprog"] {
            #expect(object.keys.contains(key), "mangler \(key)")
        }
        #expect(object["antal"] as? Int == 1)
        #expect(object["sprog"] as? [String: String] == ["kode": "da", "navn": "dansk"])
        #expect(object["kvalitet"] as? String == "god")
        let first = try #require((object["resultater"] as? [[String: Any]])?.first)
        for key in ["id", "navn", "kort", "behov", "alder", "center", "center_navn", "adgang", "kontakt", "status", "uddrag", "daekning"] {
            #expect(first.keys.contains(key), "resultat mangler \(key)")
        }
        #expect(first["intern"] == nil)
        let facets = try #require(object["facetter"] as? [String: [[String: Any]]])
        #expect(facets["behov"]?.first?["navn"] as? String == "Ensomhed og fællesskab")
        #expect(facets["behov"]?.first?["antal"] as? Int == 1)
    }
}
