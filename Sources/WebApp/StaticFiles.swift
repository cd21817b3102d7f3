import Hummingbird

/// `/static/app.css`, `/static/app.js`, `/static/udvalg.js` and `/openapi.json` from `Assets`,
/// and nothing else.
struct StaticFiles: Sendable {
    let assets: Assets

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/static/app.css") { request, _ in serve(assets.stylesheet, request) }
        router.get("/static/app.js") { request, _ in serve(assets.script, request) }
        router.get("/static/udvalg.js") { request, _ in serve(assets.selectionScript, request) }
        router.get("/openapi.json") { request, _ in serve(assets.openAPI, request) }
        // Browsers ask for an icon on every page; answer without a 404 in their console.
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
    }

    private func serve(_ asset: Assets.Asset, _ request: Request) -> Response {
        var headers: HTTPFields = [.contentType: asset.contentType, .eTag: asset.etag, .cacheControl: "no-cache"]
        if request.headers[.ifNoneMatch] == asset.etag {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(asset.bytes.readableBytes)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: asset.bytes))
    }
}
