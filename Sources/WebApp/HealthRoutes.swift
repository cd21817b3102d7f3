import Directory
import Foundation
import Hummingbird

/// One thing the server needs, as `/healthz` reports it. The index is one; a later part (the
/// embedding model of semantic search, say) adds its own check to `HealthRoutes.checks`.
struct HealthCheck: Sendable {
    enum State: String, Sendable {
        case ok
        /// Working, but not as it should (search still answers).
        case degraded = "nedsat"
        case failing = "fejl"
        /// Starting (the model loads in the background; search answers lexically meanwhile).
        case loading = "indlaeser"
    }

    let name: String
    /// When a required check fails, `/healthz` answers 503 and a load balancer stops sending.
    let required: Bool
    let check: @Sendable () async -> (state: State, message: String)

    /// The sentence-embedding model: not required (search answers lexically without it), so a
    /// missing model is `nedsat`, a model switched off by configuration is `ok`, and a model
    /// loading in the background is `indlaeser`. Never waits for the model.
    static func semantic(_ directory: OfferDirectory) -> HealthCheck {
        HealthCheck(name: "sprogmodel", required: false) {
            let status = await directory.semanticStatus()
            switch status.state {
            case .ready:
                let engine = status.engine.map { " (\($0))" } ?? ""
                return (.ok, status.model.map { "\($0) er indlæst\(engine); søgningen er hybrid." } ?? status.description)
            case .off: return (.ok, status.description)
            case .unavailable: return (.degraded, status.description)
            case .loading, .busy: return (.loading, status.description)
            }
        }
    }
}

/// `/healthz` for load balancers and monitoring, `/metrics` for Prometheus.
///
/// `/healthz` is 200 with the index's revision, its age and its number of offers and each
/// dependency's state; 503 while there is no index or a required dependency fails.
struct HealthRoutes: Sendable {
    let directory: OfferDirectory
    let metrics: ServerMetrics
    let checks: [HealthCheck]

    init(directory: OfferDirectory, metrics: ServerMetrics, extraChecks: [HealthCheck] = []) {
        self.directory = directory
        self.metrics = metrics
        checks = [Self.indexCheck(directory)] + extraChecks
    }

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/healthz") { _, _ in await health() }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                     body: ResponseBody(byteBuffer: ByteBuffer(bytes: metrics.text() + Self.modelLines(directory.semanticActivity))))
        }
    }

    /// The language model's work, in Prometheus' text format: texts embedded and the engine calls
    /// (batches) that embedded them, searches answered lexically because the model was busy, and
    /// the texts in the engine and waiting now.
    static func modelLines(_ activity: SemanticActivity) -> [UInt8] {
        let lines: [(name: String, type: String, help: String, value: Int)] = [
            ("tilbudsguide_model_texts_total", "counter", "Søgetekster indlejret af sprogmodellen.", activity.texts),
            ("tilbudsguide_model_batches_total", "counter", "Kald af sprogmodellen (en samling søgetekster pr. kald).", activity.batches),
            ("tilbudsguide_model_late_total", "counter", "Søgninger besvaret leksikalsk, fordi sprogmodellen havde travlt.", activity.late),
            ("tilbudsguide_model_in_flight", "gauge", "Søgetekster i sprogmodellen nu.", activity.inFlight),
            ("tilbudsguide_model_waiting", "gauge", "Søgetekster, der venter på sprogmodellen.", activity.waiting),
        ]
        return Array(lines.map { "# HELP \($0.name) \($0.help)\n# TYPE \($0.name) \($0.type)\n\($0.name) \($0.value)\n" }.joined().utf8)
    }

    /// The index: there, readable, and how many offers.
    static func indexCheck(_ directory: OfferDirectory) -> HealthCheck {
        HealthCheck(name: "indeks", required: true) {
            do throws(DirectoryError) {
                guard let status = try await directory.indexStatus() else {
                    return (.failing, "Søgeindekset er ikke bygget endnu; kør tilbud index.")
                }
                return (.ok, "\(status.offers) tilbud")
            } catch {
                return (.failing, error.description)
            }
        }
    }

    func health() async -> Response {
        var results: [(HealthCheck, (state: HealthCheck.State, message: String))] = []
        for check in checks { results.append((check, await check.check())) }
        let healthy = results.allSatisfy { check, result in !check.required || result.state != .failing }
        var body = "{\"status\":\(WebError.jsonString(healthy ? "ok" : "fejl")),\"indeks\":"
        if let status = try? await directory.indexStatus() {
            body += "{\"revision\":\(WebError.jsonString(status.revision))"
            body += ",\"bygget\":\(WebError.jsonString(Self.timestamp(status.committed)))"
            body += ",\"alder_sekunder\":\(Int(status.age()))"
            body += ",\"tilbud\":\(status.offers)}"
        } else {
            body += "null"
        }
        body += ",\"afhaengigheder\":["
        body += results.map { check, result in
            "{\"navn\":\(WebError.jsonString(check.name)),\"tilstand\":\(WebError.jsonString(result.state.rawValue))"
                + ",\"noedvendig\":\(check.required),\"besked\":\(WebError.jsonString(result.message))}"
        }.joined(separator: ",")
        body += "]}"
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if !healthy { headers[.retryAfter] = "5" }
        return Response(status: healthy ? .ok : .serviceUnavailable, headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
