import Catalog
import Directory
import Foundation
import OfferIndex
import OfferModel
import TextEmbedding

/// `tilbud-bench --semantic S`: the semantic side at a national scale, measured.
///
/// Embedding a whole corpus of 100,000 offers takes hours on two cores, so the build embeds the
/// first S distinct texts with the real model (timed: the throughput figure) and gives every
/// further offer the vector of one of those (`SampledEmbedder`); the search then runs on a full
/// vector store of the corpus's size, with real query vectors. Throughput and the one-time cost
/// of a national catalogue are extrapolated from the sample and said to be.
struct SemanticBench {
    let corpus: String
    let queries: [BenchQuery]
    let folder: String
    let sample: Int

    func run() throws -> [String: Any] {
        let clock = ContinuousClock()
        let engine = try EmbedderConfiguration.resolve(semantic: "til").load()
        let sampled = SampledEmbedder(engine: engine, sample: sample)
        let catalog = try CatalogLoader().load(path: corpus)
        let content = IndexContent(offers: catalog.offers, needs: catalog.needs, centres: catalog.centres,
                                   municipality: catalog.municipality, synonyms: catalog.synonyms)
        let start = clock.now
        let location = IndexLocation(directory: folder)
        try IndexWriter(location: location, embedder: sampled).rebuild(content)
        let buildSeconds = (clock.now - start).seconds
        let searcher = try OfferSearcher(location: location)

        var embedTimes: [Double] = [], searchTimes: [Double] = [], totalTimes: [Double] = []
        var hybrid = 0
        for pass in 1...2 {
            for query in queries {
                let request = SearchRequest(text: query.text, age: query.age, needs: query.need.map { [$0] } ?? [],
                                            centres: query.centre.map { [$0] } ?? [], municipality: query.municipality, limit: 10)
                let t0 = clock.now
                let vector = QueryVector(values: try engine.embed([query.text])[0], identity: engine.identity)
                let t1 = clock.now
                let result = try searcher.search(request, vector: vector)
                let t2 = clock.now
                if pass == 2 {
                    embedTimes.append((t1 - t0).seconds * 1e3)
                    searchTimes.append((t2 - t1).seconds * 1e3)
                    totalTimes.append((t2 - t0).seconds * 1e3)
                    if result.semanticUsed { hybrid += 1 }
                }
            }
        }
        // One changed offer, written in place with the real model: the save path.
        var changed = content
        changed.offers[changed.offers.count / 2].summary += " Ændret til måling."
        let updateStart = clock.now
        let update = try IndexWriter(location: location, embedder: engine).update(changed)
        let updateSeconds = (clock.now - updateStart).seconds
        let database = location.currentDatabase() ?? folder
        let vectorBytes = (try? FileManager.default.attributesOfItem(atPath: database + "/vectors.store")[.size] as? Int) ?? 0
        let perSecond = Double(sampled.embeddedTexts) / sampled.embedSeconds
        func p(_ values: [Double], _ percent: Int) -> Double { BenchQuery.percentile(values.sorted(), percent) }
        return [
            "offers": catalog.offers.count, "build_s": buildSeconds, "hybrid_queries": hybrid, "queries": queries.count,
            "embedded_texts": sampled.embeddedTexts, "embed_texts_per_s": perSecond,
            "extrapolated_embed_s_100000": 100_000 / perSecond, "extrapolated_embed_s_1000000": 1_000_000 / perSecond,
            "vector_store_bytes": vectorBytes, "vector_bytes_per_offer": Double(vectorBytes) / Double(max(1, catalog.offers.count)),
            "query_embed_ms_p50": p(embedTimes, 50), "query_embed_ms_p99": p(embedTimes, 99),
            "hybrid_search_ms_p50": p(searchTimes, 50), "hybrid_search_ms_p95": p(searchTimes, 95), "hybrid_search_ms_p99": p(searchTimes, 99),
            "embed_and_search_ms_p99": p(totalTimes, 99), "rss_mib_after_build_and_search": Self.residentMiB(),
            "update_one_offer_s": updateSeconds, "update_mode": update.mode.rawValue, "update_embedded": update.embedded,
        ]
    }

    /// This process's resident memory (VmRSS), MiB.
    static func residentMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kib / 1024
    }
}

/// The real engine for the first `sample` texts; every later text gets the vector of sample
/// text number (its order) mod `sample`. Only for measuring search over a full-size store.
/// `@unchecked Sendable`: the build calls it from one thread.
final class SampledEmbedder: TextEmbedder, @unchecked Sendable {
    let engine: any TextEmbedder
    let sample: Int
    private var vectors: [[Float]] = []
    private(set) var embeddedTexts = 0
    private(set) var embedSeconds = 0.0

    init(engine: any TextEmbedder, sample: Int) {
        self.engine = engine
        self.sample = max(1, sample)
    }

    var identity: String { engine.identity }
    var dimension: Int { engine.dimension }

    func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]] {
        var out: [[Float]] = []
        let fresh = texts.prefix(max(0, sample - vectors.count))
        if !fresh.isEmpty {
            let clock = ContinuousClock()
            let start = clock.now
            let made = try engine.embed(Array(fresh))
            embedSeconds += (clock.now - start).seconds
            embeddedTexts += made.count
            vectors += made
            out += made
        }
        for offset in fresh.count..<texts.count { out.append(vectors[(vectors.count + offset) % vectors.count]) }
        return out
    }
}
