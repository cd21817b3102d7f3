import Directory
import Foundation
import OfferModel

/// One line of the benchmark's query file.
struct BenchQuery {
    var qid: Int
    var text: String
    var need: String?
    var age: Int?
    var centre: String?
    var municipality: String?

    func request(allWords: Bool) -> SearchRequest {
        SearchRequest(text: text, age: age, needs: need.map { [$0] } ?? [], centres: centre.map { [$0] } ?? [],
                      municipality: municipality, limit: 10, expansion: false, allWords: allWords)
    }

    /// `{"qid", "total", "ids", "facets"}` as the contract asks.
    func answer(_ response: SearchResponse) throws -> String {
        var facets: [String: Int] = [:]
        for facet in response.facets.needs { facets[facet.id] = facet.count }
        let object: [String: Any] = ["qid": qid, "total": response.total, "ids": response.results.map(\.offer.id), "facets": facets]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func load(_ path: String) throws -> [BenchQuery] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ValidationErrorText("ugyldig forespørgselslinje: \(line)")
            }
            return BenchQuery(qid: object["qid"] as? Int ?? 0, text: object["tekst"] as? String ?? "",
                              need: object["behov"] as? String, age: object["alder"] as? Int,
                              centre: object["center"] as? String, municipality: object["kommune"] as? String)
        }
    }

    /// Nearest-rank percentile, as the harness computes it.
    static func percentile(_ sorted: [Double], _ p: Int) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((Double(p) * Double(sorted.count) / 100).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }

    static func size(of folder: String) -> Int {
        guard let files = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var total = 0
        for case let name as String in files {
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
            if attributes?[.type] as? FileAttributeType == .typeRegular { total += attributes?[.size] as? Int ?? 0 }
        }
        return total
    }
}

struct ValidationErrorText: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
