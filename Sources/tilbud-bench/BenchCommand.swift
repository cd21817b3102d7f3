import ArgumentParser
import Directory
import Foundation
import OfferIndex
import TextEmbedding

/// Runs the shared offer-search benchmark's `--project` contract (`../shared/bench/README.md`)
/// through the product's real path: `OfferDirectory.reindex` and `OfferDirectory.search`.
///
/// Query expansion (synonyms, compound splitting, spelling, stop words, ages in the text) is
/// switched off, and the index is built with `IndexOptions.plain` (no spelling data, compound
/// parts or category text), so totals and facets mean the same as the peers'.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tilbud-bench",
        abstract: "Benchmark: byg indeks af et korpus og kør forespørgslerne to gange (se ../shared/bench/README.md)."
    )

    @Option(help: "Korpus i JSON Lines.") var corpus: String
    @Option(help: "Forespørgsler i JSON Lines.") var queries: String
    @Option(help: "Hvor svarene skrives (JSON Lines).") var answers: String
    @Option(help: "Mappe til indekset (ellers BENCH_INDEX_DIR eller en midlertidig mappe).") var index: String?
    @Flag(help: "Genbrug et indeks, der allerede er bygget i --index (til profilering af søgningen).") var reuseIndex = false
    @Option(help: "Mål den semantiske side i stedet: så mange tekster indlejres med den rigtige model (se SemanticBench).") var semantic: Int?

    /// Sets how the model's OpenMP threads wait before any thread starts, then runs the command.
    static func main() async {
        OpenMPEnvironment.prepare()
        await main(nil)
    }

    /// Two passes over the workload through the blocking search (the path each request thread
    /// takes): timings in µs and answers of the second pass, and its length in seconds.
    static func passes(_ workload: [BenchQuery], on directory: OfferDirectory, allWords: Bool) throws
        -> (timings: [Double], lines: [String], seconds: Double) {
        let clock = ContinuousClock()
        var timings: [Double] = []
        var lines: [String] = []
        var passSeconds = 0.0
        for pass in 1...2 {
            timings.removeAll(keepingCapacity: true)
            lines.removeAll(keepingCapacity: true)
            let passStart = clock.now
            for query in workload {
                let queryStart = clock.now
                let response = try directory.search(query.request(allWords: allWords))
                timings.append((clock.now - queryStart).seconds * 1e6)
                if pass == 2 { lines.append(try query.answer(response)) }
            }
            passSeconds = (clock.now - passStart).seconds
        }
        return (timings, lines, passSeconds)
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = index ?? environment["BENCH_INDEX_DIR"] ?? NSTemporaryDirectory() + "tilbud-bench-\(getpid())"
        let allWords = (environment["BENCH_OP"] ?? "and") != "or"
        if let semantic {
            let figures = try SemanticBench(corpus: corpus, queries: try BenchQuery.load(queries), folder: folder, sample: semantic).run()
            let data = try JSONSerialization.data(withJSONObject: figures, options: [.sortedKeys, .prettyPrinted])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        // The contract is lexical: no vectors at indexing, no query embedding.
        let directory = OfferDirectory(catalogPath: corpus, indexPath: folder, semantic: .off)

        let clock = ContinuousClock()
        let start = clock.now
        let offers = reuseIndex ? try await directory.indexStatus()?.offers ?? 0 : try await directory.reindex(options: .plain, full: true).catalog.offers.count
        let buildSeconds = (clock.now - start).seconds
        let workload = try BenchQuery.load(queries)

        let (timings, lines, passSeconds) = try Self.passes(workload, on: directory, allWords: allWords)
        try (lines.joined(separator: "\n") + "\n").write(toFile: answers, atomically: true, encoding: .utf8)

        let sorted = timings.sorted()
        let result: [String: Any] = [
            "name": "tilbudsguide", "version": "xapian \(IndexSchema.version)", "threads": 1,
            "build_s": buildSeconds, "docs_per_s": Double(offers) / buildSeconds,
            "index_bytes": BenchQuery.size(of: folder),
            "p50_us": BenchQuery.percentile(sorted, 50), "p95_us": BenchQuery.percentile(sorted, 95),
            "p99_us": BenchQuery.percentile(sorted, 99), "qps": Double(workload.count) / passSeconds,
        ]
        let data = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
