import Foundation
import Hummingbird
import Logging

/// What the server says about each request it answered: one log line and its metrics.
///
/// Staff type situations of identifiable citizens into the search ("82-årig enkemand …",
/// sometimes a CPR number), so a line names the route (`/tilbud/{id}`, never the id) and the
/// names of the parameters the routes know, never a value, a path or a header. The routes'
/// requests are recorded by `TrafficMiddleware`, the answers from `SearchCacheHandler` by it.
struct RequestRecorder: Sendable {
    let logger: Logger
    let metrics: ServerMetrics

    /// The parameter names the routes read; any other name is only counted (`andre`), for a
    /// name can be typed too. A route that reads a new parameter adds it here.
    static let knownParameters: Set<String> = ["q", "alder", "behov", "center", "adgang", "limit", "ids", "til"]

    /// The route of a request that matched none: its path is not logged.
    static let unmatched = "(ingen)"

    func record(method: HTTPRequest.Method, route: String?, query: String?, status: HTTPResponse.Status, bytes: Int?,
                duration: Duration, fromCache: Bool = false) {
        // Hummingbird names the route of an unmatched request "NotFound".
        let route = route.flatMap { $0 == "NotFound" ? nil : $0 } ?? Self.unmatched
        metrics.request(route: route, method: method.rawValue, status: Int(status.code), duration: duration)
        guard logger.logLevel <= .info else { return }
        var metadata: Logger.Metadata = [
            "metode": .string(method.rawValue),
            "rute": .string(route),
            "status": .stringConvertible(status.code),
            "ms": .string(Self.milliseconds(duration)),
        ]
        if let bytes { metadata["bytes"] = .stringConvertible(bytes) }
        let (names, others) = Self.parameterNames(query)
        if !names.isEmpty { metadata["parametre"] = .string(names.joined(separator: ",")) }
        if others > 0 { metadata["andre"] = .stringConvertible(others) }
        if fromCache { metadata["cache"] = "ja" }
        logger.info("forespørgsel", metadata: metadata)
    }

    /// The known names in query, each once in the order they came, and how many other pairs.
    /// Read on the bytes: a line per request should cost little.
    static func parameterNames(_ query: String?) -> (names: [String], others: Int) {
        guard var query, !query.isEmpty else { return ([], 0) }
        var names: [String] = []
        var others = 0
        query.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "&") { end += 1 }
                var nameEnd = start
                while nameEnd < end && bytes[nameEnd] != UInt8(ascii: "=") { nameEnd += 1 }
                if end > start {
                    let name = UnsafeBufferPointer(rebasing: bytes[start..<nameEnd])
                    if let known = knownNames.first(where: { $0.elementsEqual(name) }) {
                        let text = String(decoding: known, as: UTF8.self)
                        if !names.contains(text) { names.append(text) }
                    } else {
                        others += 1
                    }
                }
                start = end + 1
            }
        }
        return (names, others)
    }

    private static let knownNames = knownParameters.sorted().map { Array($0.utf8) }

    /// The duration with two decimals, as `0.84`.
    static func milliseconds(_ duration: Duration) -> String {
        let hundredths = (duration.nanoseconds + 5_000) / 10_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
