import Directory
import Foundation
import Hummingbird
import OfferModel

/// The JSON API, described by `/openapi.json`:
/// `GET /api/search` (the page's parameters; the JSON of `tilbud search --json`) and
/// `GET /api/tilbud/<id>`. Parameters that cannot be used give 400 with a Danish message.
struct APIRoutes: Sendable {
    let directory: OfferDirectory
    var metrics: ServerMetrics?
    let writer = SearchJSONWriter()
    /// What is compressed anew for each search answer (its start and its facets; see
    /// `SearchJSON.gzip`) is compressed quickly; the offers' fields come deflated from `writer`'s cache.
    let searchPool = DeflaterPool(level: 1, memoryLevel: 6)
    /// Results when `limit` is not given, as on the command line.
    static let defaultLimit = 10
    /// Parameters the API takes only with a value (`/openapi.json` says which values). The
    /// page's form sends a field left blank as empty, and the page ignores it; the API's own
    /// client (app.js) leaves such fields out, so an empty one here is a mistake, and is said.
    static let valued = ["alder", "behov", "center", "adgang", "limit"]
    /// Filters that may be given more than once, at most `SearchParameters.maxFilterValues` times
    /// (the page uses the first ones; the API says no, as the spec's `maxItems` does).
    static let repeatable = ["behov", "center", "adgang"]

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/api/search") { request, _ in try await search(request) }
        router.get("/api/tilbud/:id") { _, context in try await offer(id: context.parameters.get("id") ?? "") }
    }

    func search(_ request: Request) async throws -> Response {
        // Repeated searches, and fresh ones that need no model, are answered before they reach
        // the router (SearchCacheHandler, through `answerAtOnce`).
        let search = try Self.searchRequest(request.uri.query ?? "")
        let answer = try await answer(search, gzip: ContentCoding.acceptsGzip(request.headers[.acceptEncoding]))
        var response = json(answer.body)
        if answer.gzip { ContentCoding.mark(&response.headers, length: answer.body.readableBytes) }
        if answer.provisional { response.headers[SearchCacheHandler<Int>.provisional] = "foreloebigt" }
        return response
    }

    /// The search a URL's query string asks for; parameters that cannot be used throw (400).
    static func searchRequest(_ queryString: String) throws(WebError) -> SearchRequest {
        let query = QueryString(queryString)
        let parameters = SearchParameters(query)
        let empty = valued.filter { name in query.pairs.contains { $0.name == name && $0.value.trimmedWhitespace.isEmpty } }
        let crowded = repeatable.filter { name in query.pairs.count { $0.name == name } > SearchParameters.maxFilterValues }
        let problems = parameters.problems + empty.map { "Parameteren \($0) er tom; udelad den, eller giv den en værdi." }
            + crowded.map { "Højst \(SearchParameters.maxFilterValues) værdier af \($0)." }
        guard problems.isEmpty else { throw .badRequest(problems.joined(separator: " ")) }
        return parameters.request(defaultLimit: defaultLimit)
    }

    /// The body of the answer to search, gzip-compressed when `gzip` and zlib could (then the
    /// result's `gzip` is true); `provisional` when it is lexical only because the model was busy
    /// (the same search a moment later gets the full answer, so it must not be kept).
    func answer(_ search: SearchRequest, gzip: Bool) async throws -> (body: ByteBuffer, gzip: Bool, provisional: Bool) {
        let response: SearchResponse
        do {
            response = try await ServerMetrics.timing(metrics?.searchDuration) { () async throws(DirectoryError) in try await directory.search(search) }
        } catch { throw WebError(error) }
        let answer = try encode(response, gzip: gzip)
        return (answer.body, answer.gzip, response.semantic?.state == .busy)
    }

    /// The answer the route would give, when it can be given at once on an event loop
    /// (`OfferDirectory.searchAtOnce`); nil otherwise, and for every query the route refuses or
    /// fails on, so that the route answers those itself.
    func answerAtOnce(query: String, gzip: Bool) -> (body: ByteBuffer, gzip: Bool)? {
        // try? flattens: nil when the search cannot be answered at once or fails.
        guard let search = try? Self.searchRequest(query),
              let response = try? ServerMetrics.timing(metrics?.searchDuration, { () throws(DirectoryError) in try directory.searchAtOnce(search) })
        else { return nil }
        return try? encode(response, gzip: gzip)
    }

    private func encode(_ response: SearchResponse, gzip: Bool) throws -> (body: ByteBuffer, gzip: Bool) {
        let answer = try writer.write(response)
        if gzip, let packed = answer.gzip(searchPool) { return (packed, true) }
        return (answer.bytes, false)
    }

    func offer(id: String) async throws -> Response {
        guard SearchParameters.isCatalogueID(id) else { throw WebError(DirectoryError.unknownOffer(id: id)) }
        let detail: OfferDetail
        do { detail = try await directory.offer(id: id) } catch { throw WebError(error) }
        return json(try encode(detail))
    }

    private func encode(_ value: some Encodable) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return ByteBuffer(bytes: try encoder.encode(value))
    }

    private func json(_ body: ByteBuffer) -> Response {
        Response(status: .ok,
                 headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(body.readableBytes),
                           .cacheControl: "no-store", .vary: "Accept-Encoding"],
                 body: ResponseBody(byteBuffer: body))
    }
}
