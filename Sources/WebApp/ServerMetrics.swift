import Foundation
import Metrics
import Prometheus

/// What the server counts, in swift-metrics' terms, kept in its own Prometheus registry and
/// served as text by `/metrics`.
///
/// Each application has its own registry (no process-wide bootstrap), so tests can build many.
/// Labels are routes (`/tilbud/{id}`, never an id or a search), methods and status codes, so
/// the number of series stays small.
/// `@unchecked Sendable`: the instrument tables are only touched under `lock`; the instruments are thread-safe.
final class ServerMetrics: @unchecked Sendable {
    let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let lock = NSLock()
    private var requests: [RequestKey: Metrics.Counter] = [:]
    private var durations: [String: Metrics.Timer] = [:]
    let searchDuration: Metrics.Timer
    let cacheHits: Metrics.Counter
    let reloads: Metrics.Counter
    let indexOffers: Metrics.Gauge
    let indexCommitTime: Metrics.Gauge
    let indexAge: Metrics.Gauge

    /// From half a millisecond to ten seconds: a search takes about a millisecond.
    static let buckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(10),
    ]

    init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = Self.buckets
        self.factory = factory
        searchDuration = Metrics.Timer(label: "tilbudsguide_search_duration_seconds", factory: factory)
        cacheHits = Metrics.Counter(label: "tilbudsguide_search_cache_hits_total", factory: factory)
        reloads = Metrics.Counter(label: "tilbudsguide_index_reloads_total", factory: factory)
        indexOffers = Metrics.Gauge(label: "tilbudsguide_index_offers", factory: factory)
        indexCommitTime = Metrics.Gauge(label: "tilbudsguide_index_commit_time_seconds", factory: factory)
        indexAge = Metrics.Gauge(label: "tilbudsguide_index_age_seconds", factory: factory)
    }

    /// Counts one answered request and its time from arrival to answer.
    func request(route: String, method: String, status: Int, duration: Duration) {
        let key = RequestKey(route: route, method: method, status: status)
        lock.lock()
        let counter = requests[key] ?? {
            let made = Metrics.Counter(label: "tilbudsguide_http_requests_total",
                               dimensions: [("route", route), ("method", method), ("status", String(status))], factory: factory)
            requests[key] = made
            return made
        }()
        let timer = durations[route] ?? {
            let made = Metrics.Timer(label: "tilbudsguide_http_request_duration_seconds", dimensions: [("route", route)], factory: factory)
            durations[route] = made
            return made
        }()
        lock.unlock()
        counter.increment()
        timer.recordNanoseconds(duration.nanoseconds)
    }

    /// A request counter's labels, hashed as they are (no string is built for each request).
    private struct RequestKey: Hashable {
        let route: String
        let method: String
        let status: Int
    }

    /// Runs body and records how long it took in timer (when there is one).
    static func timing<T, E: Error>(_ timer: Metrics.Timer?, _ body: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        defer { timer?.recordNanoseconds((ContinuousClock.now - start).nanoseconds) }
        return try body()
    }

    /// The same for work that is awaited.
    static func timing<T, E: Error>(_ timer: Metrics.Timer?, _ body: () async throws(E) -> T) async throws(E) -> T {
        let start = ContinuousClock.now
        defer { timer?.recordNanoseconds((ContinuousClock.now - start).nanoseconds) }
        return try await body()
    }

    /// The metrics in Prometheus' text format.
    func text() -> [UInt8] {
        registry.emitToBuffer()
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
    }
}
