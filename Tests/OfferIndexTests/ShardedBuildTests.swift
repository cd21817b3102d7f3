import Foundation
@testable import OfferIndex
import OfferModel
import Testing
import TestSupport

@Suite struct ShardedBuildTests {
    @Test func usesOneWriterPerCoreOnlyWhenThereIsEnoughToShare() {
        #expect(ShardedBuild.shardCount(offers: 50, cores: 2) == 1)
        #expect(ShardedBuild.shardCount(offers: 3_999, cores: 2) == 1)
        #expect(ShardedBuild.shardCount(offers: 10_000, cores: 2) == 2)
        #expect(ShardedBuild.shardCount(offers: 100_000, cores: 1) == 1)
        #expect(ShardedBuild.shardCount(offers: 500_000, cores: 2) == 2)
        #expect(ShardedBuild.shardCount(offers: 1_000_000, cores: 2) == 4, "very large: two smaller writers per core")
        #expect(ShardedBuild.shardCount(offers: 2_000_000, cores: 1) == 1)
        #expect(ShardedBuild.shardCount(offers: 1_000_000, cores: 64) == ShardedBuild.maximumShards)
    }

    /// Builds `content` with `shards` writers and returns a searcher over it.
    func build(_ content: IndexContent, shards: Int, options: IndexOptions = IndexOptions()) throws -> (OfferSearcher, TemporaryFolder) {
        let folder = TemporaryFolder("delt")
        var writer = IndexWriter(location: IndexLocation(directory: folder.path), options: options)
        writer.buildShards = shards
        try writer.rebuild(content)
        return (try OfferSearcher(location: IndexLocation(directory: folder.path)), folder)
    }

    /// Many offers, so that every writer gets several and a slice ends mid-way through the needs.
    static let manyOffers: IndexContent = {
        var content = SampleContent.content
        content.offers += (0..<60).map { number in
            Offer(id: "hold-\(number)", name: "Motionshold \(number)", summary: number % 2 == 0 ? "Gåture for ældre." : "Svømning for børn.",
                  needs: number % 3 == 0 ? ["motion", "ensomhed"] : ["motion"], ages: AgeRange(from: number % 2 == 0 ? 60 : 6),
                  centre: number % 2 == 0 ? "aeldre" : "sundhed", access: [.selfReferral], municipality: "testby")
        }
        return content
    }()

    @Test(arguments: [2, 3, 7])
    func givesTheSameAnswersAsOneWriter(shards: Int) throws {
        let (single, singleFolder) = try build(Self.manyOffers, shards: 1)
        let (sharded, shardedFolder) = try build(Self.manyOffers, shards: shards)
        #expect(try sharded.documentCount() == Self.manyOffers.offers.count)
        for request in [SearchRequest(text: "gåture"), SearchRequest(text: "motionshold", age: 70), SearchRequest(text: "sukkersyge"),
                        SearchRequest(text: ""), SearchRequest(text: "ensomhed", needs: ["motion"]), SearchRequest(text: "rygestp")] {
            let one = try single.search(request), many = try sharded.search(request)
            #expect(many.total == one.total, "\(request.text)")
            #expect(many.ids == one.ids, "\(request.text)")
            #expect(many.needCounts == one.needCounts, "\(request.text)")
            #expect(many.centreCounts == one.centreCounts, "\(request.text)")
        }
        #expect(try sharded.allOffers() == single.allOffers())
        #expect(try sharded.vocabulary().needs == single.vocabulary().needs)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: shardedFolder.path).filter { !$0.hasPrefix("gen-") && !["current", ".lock"].contains($0) }
        #expect(leftovers.isEmpty, "the writers' own databases are gone: \(leftovers)")
        _ = singleFolder
    }

    @Test func theMergedIndexTakesInPlaceUpdates() throws {
        let (searcher, folder) = try build(Self.manyOffers, shards: 3)
        var changed = Self.manyOffers
        changed.offers[changed.offers.count - 1].summary = "Stolegymnastik i varmtvandsbassinet."
        let report = try IndexWriter(location: IndexLocation(directory: folder.path)).update(changed)
        #expect(report.mode == .incremental)
        #expect(try searcher.search(SearchRequest(text: "stolegymnastik")).ids == ["hold-59"])
    }

    @Test func aWriterThatFailsFailsTheBuildAndLeavesNothing() throws {
        let folder = TemporaryFolder("delt-fejl")
        let location = IndexLocation(directory: folder.path)
        try IndexWriter(location: location).rebuild(SampleContent.content)
        let before = location.currentDatabase()
        var broken = Self.manyOffers
        broken.offers.append(Offer(id: String(repeating: "x", count: 300), name: "Lang", summary: "id for lang til Xapian", needs: []))
        var writer = IndexWriter(location: location)
        writer.buildShards = 3
        #expect(throws: IndexError.self) { try writer.rebuild(broken) }
        #expect(location.currentDatabase() == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".bygger-") }
        #expect(leftovers.isEmpty)
    }
}
