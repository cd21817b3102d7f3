import Foundation
import OfferModel
import Testing
import TestSupport
import TextEmbedding
@testable import OfferIndex

/// The vector store with the real model: embedded once per text, kept with the revision,
/// filtered exactly as Xapian filters, and searched by hybrid ranking.
@Suite struct VectorStoreTests {
    static let engine = Result { try EmbedderConfiguration(source: .discover).load() }

    /// Counts the texts the real engine is given.
    final class Counting: TextEmbedder, @unchecked Sendable {  // count only read after the build, on the test's thread
        let engine: any TextEmbedder
        var texts = 0
        init(_ engine: any TextEmbedder) { self.engine = engine }
        var identity: String { engine.identity }
        var dimension: Int { engine.dimension }
        func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]] {
            self.texts += texts.count
            return try engine.embed(texts)
        }
    }

    func vector(_ text: String) throws -> QueryVector {
        let engine = try Self.engine.get()
        return QueryVector(values: try engine.embed([text])[0], identity: engine.identity)
    }

    @Test func onlyChangedTextsAreEmbedded() throws {
        let counting = Counting(try Self.engine.get())
        let folder = TemporaryFolder("vektorer")
        let writer = IndexWriter(location: IndexLocation(directory: folder.path), embedder: counting)
        var report = try writer.rebuild(SampleContent.content)
        #expect(report.vectors && report.embedded == SampleContent.offers.count && counting.texts == SampleContent.offers.count)
        report = try writer.rebuild(SampleContent.content)
        #expect(report.embedded == 0, "en fuld bygning af det samme katalog genbruger alle vektorer")
        var content = SampleContent.content
        content.offers[1].contact = Contact(phone: "11 22 33 44")
        report = try writer.update(content)
        #expect(report.mode == .incremental && report.changed == 1 && report.embedded == 0, "kontaktoplysninger indgår ikke i teksten")
        content.offers[1].summary = "Fællesskab og samvær for ældre, der føler sig alene."
        report = try writer.update(content)
        #expect(report.mode == .incremental && report.embedded == 1)
        let searcher = try OfferSearcher(location: IndexLocation(directory: folder.path))
        let result = try searcher.search(SearchRequest(text: "samvær for ensomme ældre", ranking: .semantic), vector: try vector("samvær for ensomme ældre"))
        #expect(result.semanticUsed && result.ids.first == "vennekreds")
    }

    /// A sharded build replaces its folder when it compacts; the vectors must survive that.
    @Test func aShardedBuildKeepsItsVectors() throws {
        let folder = TemporaryFolder("vektorer-dele")
        var writer = IndexWriter(location: IndexLocation(directory: folder.path), embedder: try Self.engine.get())
        writer.buildShards = 3
        try writer.rebuild(SampleContent.content)
        let searcher = try OfferSearcher(location: IndexLocation(directory: folder.path))
        let result = try searcher.search(SearchRequest(text: "tænder", ranking: .semantic), vector: try vector("tandlæge"))
        #expect(result.semanticUsed && result.ids.first == "tandpleje")
    }

    @Test func removedAndEndedOffersAreNeverSemanticHits() throws {
        let folder = TemporaryFolder("vektorer-fjernet")
        let writer = IndexWriter(location: IndexLocation(directory: folder.path), embedder: try Self.engine.get())
        try writer.rebuild(SampleContent.content)
        var content = SampleContent.content
        content.offers.removeAll { $0.id == "rygestop" }
        #expect(try writer.update(content).mode == .incremental)
        let searcher = try OfferSearcher(location: IndexLocation(directory: folder.path))
        let result = try searcher.search(SearchRequest(text: "rygestopkursus", limit: 20, ranking: .semantic), vector: try vector("rygestopkursus"))
        #expect(!result.ids.contains("rygestop") && !result.ids.contains("slut"))
    }

    @Test func theVectorFilterAdmitsExactlyWhatXapianFilters() throws {
        let folder = TemporaryFolder("vektorer-filtre")
        try IndexWriter(location: IndexLocation(directory: folder.path), embedder: try Self.engine.get()).rebuild(SampleContent.content)
        let state = try SearcherState(path: try #require(IndexLocation(directory: folder.path).currentDatabase()))
        let index = try #require(state.vectors)
        let requests: [SearchRequest] = [
            SearchRequest(), SearchRequest(age: 70), SearchRequest(age: 5), SearchRequest(age: 200), SearchRequest(needs: ["rygning"]),
            SearchRequest(needs: ["aeldre", "kost"]), SearchRequest(needs: ["ukendt"]), SearchRequest(centres: ["aeldre"]),
            SearchRequest(centres: ["sundhed", "ukendt"]), SearchRequest(access: [.doctorReferral]), SearchRequest(access: [.selfReferral, .assessment]),
            SearchRequest(municipality: "andenby"), SearchRequest(municipality: ""), SearchRequest(municipality: "ingen"),
            SearchRequest(age: 80, needs: ["aeldre"], centres: ["aeldre"], access: [.selfReferral], municipality: "testby"),
        ]
        for request in requests {
            let run = SearchRun(state: state, request: request)
            let xapian = try run.match(try .matchAll(), try run.filterQuery(ages: request.age.map { $0...$0 }), offset: 0, limit: 100)
            let expected = Set((0..<xapian.count).map { xapian.docid($0) })
            let filter = VectorFilter(request: request, ages: request.age.map { $0...$0 }, needCodes: state.needCodes, centreCodes: state.centreCodes)
            let admitted = Set(index.nearest(try vector("tilbud").values, filter: filter, limit: 100).map(\.docid))
            #expect(admitted == expected, "\(request)")
        }
        // A span of ages ("i 80'erne") admits the offers whose range overlaps it, on both sides.
        for ages in [60...69, 70...79, 80...89, 0...9] {
            let run = SearchRun(state: state, request: SearchRequest())
            let xapian = try run.match(try .matchAll(), try run.filterQuery(ages: ages), offset: 0, limit: 100)
            let filter = VectorFilter(request: SearchRequest(), ages: ages, needCodes: state.needCodes, centreCodes: state.centreCodes)
            let admitted = Set(index.nearest(try vector("tilbud").values, filter: filter, limit: 100).map(\.docid))
            #expect(admitted == Set((0..<xapian.count).map { xapian.docid($0) }), "\(ages)")
        }
    }

    @Test func int8VectorsKeepTheCosine() throws {
        let engine = try Self.engine.get()
        let vectors = try engine.embed(["rygestopkursus på apoteket", "tandpleje for ældre", "sorggrupper for efterladte"])
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            let exact = zip(vectors[a], vectors[b]).reduce(Float(0)) { $0 + $1.0 * $1.1 }
            func dequantize(_ bytes: [UInt8]) -> [Float] {
                let scale = Float(bitPattern: UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
                return bytes[4...].map { Float(Int8(bitPattern: $0)) * scale }
            }
            let approximate = zip(dequantize(VectorStore.quantize(vectors[a])), dequantize(VectorStore.quantize(vectors[b]))).reduce(Float(0)) { $0 + $1.0 * $1.1 }
            #expect(abs(exact - approximate) < 0.005)
        }
    }

    @Test func anIndexWithoutVectorsAnswersLexically() throws {
        let (searcher, folder) = try SampleContent.searcher()
        _ = folder
        let result = try searcher.search(SearchRequest(text: "rygestop"), vector: try vector("rygestop"))
        #expect(!result.semanticUsed && result.ids.first == "rygestop")
        #expect(try searcher.vectorModel() == "")
    }
}
