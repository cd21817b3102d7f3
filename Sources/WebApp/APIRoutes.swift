import Directory
import Foundation
import Hummingbird
import OfferIndex

/// The JSON API, described by `/openapi.json`:
/// `GET /api/search` (the page's parameters; the JSON of `tilbud search --json`) and
/// `GET /api/tilbud/<id>`. Parameters that cannot be used give 400 with a Danish message.
struct APIRoutes: Sendable {
    let directory: OfferDirectory
    let cache: SearchCache<CommitStamp>
    let writer = SearchJSONWriter()
    /// Results when `limit` is not given, as on the command line.
    static let defaultLimit = 10

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/api/search") { request, _ in try search(request) }
        router.get("/api/tilbud/:id") { _, context in try offer(id: context.parameters.get("id") ?? "") }
    }

    func search(_ request: Request) throws -> Response {
        // The answer depends only on the query string and the index generation. The generation
        // is read before searching: if a new index is published meanwhile, the answer is kept
        // under the old generation, which no later request asks for.
        let query = request.uri.query ?? ""
        let generation = directory.index.currentRevision()
        if let answer = cache.answer(query, generation: generation) { return json(answer) }
        let parameters = SearchParameters(QueryString(query))
        guard parameters.problems.isEmpty else { throw WebError.badRequest(parameters.problems.joined(separator: " ")) }
        let response: SearchResponse
        do { response = try directory.search(parameters.request(defaultLimit: Self.defaultLimit)) } catch { throw WebError(error) }
        let answer = try writer.write(response)
        cache.store(answer, for: query, generation: generation)
        return json(answer)
    }

    func offer(id: String) throws -> Response {
        guard SearchParameters.isCatalogueID(id) else { throw WebError(DirectoryError.unknownOffer(id: id)) }
        let detail: OfferDetail
        do { detail = try directory.offer(id: id) } catch { throw WebError(error) }
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
                           .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: body))
    }
}
