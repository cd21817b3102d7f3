import Foundation
import OfferModel
import TextEmbedding

/// Makes the vector store's records at indexing time, embedding only texts that no earlier
/// revision embedded with the same model: the live store's records are a cache by text hash, so
/// a full build of an unchanged catalogue embeds nothing, and an update embeds only changed texts
/// (an offer whose contact details changed keeps its vector).
final class VectorMaker {
    let embedder: any TextEmbedder
    let needNames: [String: String]
    let needCodes: [String: Int]
    let centreCodes: [String: Int]
    /// Text hash -> scale + values, from the live store.
    private var cache: [UInt64: [UInt8]] = [:]
    /// How many texts this maker embedded.
    private(set) var embedded = 0
    /// Texts per model call: the engine spreads a batch over the cores.
    static let batchSize = 32

    init(embedder: any TextEmbedder, content: IndexContent, needCodes: [String: Int], centreCodes: [String: Int]) {
        self.embedder = embedder
        needNames = Dictionary(content.needs.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        self.needCodes = needCodes
        self.centreCodes = centreCodes
    }

    var modelValue: String { VectorStore.modelValue(identity: embedder.identity, dimension: embedder.dimension) }

    /// Takes the records of the store of `database` as cache, when it was embedded with this
    /// model: all of them (a full build), or those of `docids` only (an update, which needs only
    /// the changed offers' own earlier vectors and must stay quick at 1,000,000 offers).
    func useCache(of database: XapianDatabase, path: String, docids: [UInt32]? = nil) {
        guard (try? database.metadata(IndexSchema.Metadata.vectorModel)) == modelValue,
              let value = try? database.metadata(IndexSchema.Metadata.vectorStore), !value.isEmpty,
              let table = try? OfferStore.Table(metadataValue: value),
              let reader = try? OfferStoreReader(path: VectorStore.path(in: path), magic: VectorStore.magic, table: table) else { return }
        let wanted = docids ?? Array(1...max(1, UInt32(table.count)))
        cache.reserveCapacity(wanted.count)
        for docid in wanted {
            guard let bytes = reader.record(docid: docid) else { continue }
            let record = VectorRecord(bytes: bytes)
            guard record.isValid(dimension: embedder.dimension) else { continue }
            cache[record.textHash] = record.quantized(dimension: embedder.dimension)
            for index in 0..<record.situationCount(dimension: embedder.dimension) {
                cache[record.situationHash(index, dimension: embedder.dimension)] = record.situationQuantized(index, dimension: embedder.dimension)
            }
        }
    }

    /// The records of offers, in order. Each offer's text and each of its situations is a text
    /// of its own; a text seen before (in the live store or earlier in this call) is embedded once.
    func records(for offers: [Offer]) throws(IndexError) -> [[UInt8]] {
        let situations = offers.map(VectorStore.situations(of:))
        let texts = offers.map { VectorStore.text(of: $0, needNames: needNames) } + situations.flatMap { $0 }
        let hashes = texts.map(VectorStore.hash)
        var missing: [Int] = []
        var seen = Set<UInt64>()
        for (index, hash) in hashes.enumerated() where cache[hash] == nil && seen.insert(hash).inserted { missing.append(index) }
        for start in stride(from: 0, to: missing.count, by: Self.batchSize) {
            let batch = Array(missing[start..<min(start + Self.batchSize, missing.count)])
            let vectors: [[Float]]
            do { vectors = try embedder.embed(batch.map { texts[$0] }) } catch { throw .embedding(error.description) }
            guard vectors.count == batch.count, vectors.allSatisfy({ $0.count == embedder.dimension }) else {
                throw .embedding("modellen gav \(vectors.count) vektorer til \(batch.count) tekster")
            }
            for (index, vector) in zip(batch, vectors) { cache[hashes[index]] = VectorStore.quantize(vector) }
            embedded += batch.count
        }
        var next = offers.count
        return offers.indices.map { index in
            let own = situations[index].indices.map { _ in
                defer { next += 1 }
                return (hash: hashes[next], quantized: cache[hashes[next]]!)
            }
            return VectorStore.record(hash: hashes[index], quantized: cache[hashes[index]]!, offer: offers[index],
                                      needCodes: needCodes, centreCodes: centreCodes, situations: own)
        }
    }
}
