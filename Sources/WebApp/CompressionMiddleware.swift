import Hummingbird
import NIOCore

/// gzip for the pages, JSON and text the routes answer with when the client asks for it
/// (`ContentCoding`): HTML pages, `/api/tilbud/...`, error pages, `/healthz`, `/metrics`.
///
/// Answers that are compressed already pass as they are: search answers (`APIRoutes` splices
/// in offers deflated once) and static files (`StaticFiles` keeps a compressed copy).
struct CompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Pages are compressed for each request, so zlib's default trade of time for size.
    let pool = DeflaterPool(level: 6)

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard ContentCoding.isCompressible(response.headers[.contentType]) else { return response }
        // Whether or not this client gets gzip, a cache must keep the answers apart.
        if response.headers[.vary] == nil { response.headers[.vary] = "Accept-Encoding" }
        guard response.headers[.contentEncoding] == nil, ContentCoding.acceptsGzip(request.headers[.acceptEncoding]),
              let length = response.body.contentLength, length >= ContentCoding.minimumLength else { return response }
        let collector = BodyCollector()
        try await response.body.write(collector)
        guard let packed = pool.with({ deflater in collector.body.withUnsafeReadableBytes { bytes -> ByteBuffer? in
            var gzip = GzipBody(deflater: deflater, capacity: bytes.count / 3 + 64)
            return gzip.finish(bytes)
        } }) ?? nil else {
            response.body = ResponseBody(byteBuffer: collector.body)
            return response
        }
        ContentCoding.mark(&response.headers, length: packed.readableBytes)
        response.body = ResponseBody(byteBuffer: packed)
        return response
    }
}

/// Gathers a response body written to it.
final class BodyCollector: ResponseBodyWriter {
    var body = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        body.writeBuffer(&buffer)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
