import Foundation
import Hummingbird

/// `/static/app.css`, `/static/app.js`, `/static/udvalg.js`, `/static/redaktion.js`, the info screens'
/// `/static/skaerm.css` and `/static/skaerm.js`, and `/openapi.json` from `Assets`,
/// and nothing else.
struct StaticFiles: Sendable {
    let assets: Assets

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/static/app.css") { request, _ in serve(assets.stylesheet, request) }
        router.get("/static/app.js") { request, _ in serve(assets.script, request) }
        router.get("/static/udvalg.js") { request, _ in serve(assets.selectionScript, request) }
        router.get("/static/skaerm.css") { request, _ in serve(assets.screenStylesheet, request) }
        router.get("/static/skaerm.js") { request, _ in serve(assets.screenScript, request) }
        router.get("/static/redaktion.js") { request, _ in serve(assets.editorScript, request) }
        router.get("/openapi.json") { request, _ in serve(assets.openAPI, request) }
        // Browsers ask for an icon on every page; answer without a 404 in their console.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
    }

    /// The asset, gzip-compressed when the client takes it; 304 when the client has this
    /// version (in that encoding) already. Browsers revalidate each time (`no-cache`), so a new
    /// build's files are used at once, and an unchanged file costs a 304 without a body.
    private func serve(_ asset: Assets.Asset, _ request: Request) -> Response {
        let gzip = asset.gzipped.flatMap { ContentCoding.acceptsGzip(request.headers[.acceptEncoding]) ? $0 : nil }
        let etag = gzip == nil ? asset.etag : asset.gzipETag
        var headers: HTTPFields = [.contentType: asset.contentType, .eTag: etag, .cacheControl: "no-cache", .vary: "Accept-Encoding"]
        if let known = request.headers[.ifNoneMatch], known.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag }) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        let body = gzip ?? asset.bytes
        if gzip != nil { headers[.contentEncoding] = "gzip" }
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}
