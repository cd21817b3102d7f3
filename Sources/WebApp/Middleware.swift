import Hummingbird

/// Security headers on every response, error pages included.
///
/// The Content-Security-Policy allows only this server's own CSS and JS files: no inline script
/// or style, no frames, forms that post only here.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'",
    ].joined(separator: "; ")

    static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
    static let frameOptions = HTTPFields.Element.Name("X-Frame-Options")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "no-referrer"
        response.headers[Self.frameOptions] = "DENY"
        return response
    }
}

/// Turns every error into a `WebError` page, so nothing reaches the visitor as a bare 500.
struct ErrorPagesMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            let page: WebError = switch error.status {
            case .notFound: .notFound("Adressen findes ikke i tilbudsguiden. Brug søgningen eller landkortet.")
            case .methodNotAllowed: .methodNotAllowed
            case .contentTooLarge: .bodyNotAllowed
            case .badRequest: .badRequest("Adressen kunne ikke forstås.")
            default: .internalError
            }
            return try page.response(from: request, context: context)
        } catch {
            context.logger.error("Uventet fejl: \(error)")
            return try WebError.internalError.response(from: request, context: context)
        }
    }
}

/// The server only reads: GET and HEAD without a body, with a URL of sensible length.
struct RequestLimitsMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// Longer URLs are refused (a search text is cut at 500 characters anyway).
    static let maxURILength = 4096

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else { throw WebError.methodNotAllowed }
        if let length = request.headers[.contentLength], length != "0" { throw WebError.bodyNotAllowed }
        if request.headers[.transferEncoding] != nil { throw WebError.bodyNotAllowed }
        guard request.uri.string.utf8.count <= Self.maxURILength else { throw WebError.uriTooLong }
        return try await next(request, context)
    }
}
