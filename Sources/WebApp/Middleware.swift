import Directory
import Hummingbird

/// The one middleware in front of every route: it keeps the server read-only, turns every
/// error into a Danish `WebError` page and puts the security headers on every response.
///
/// Read-only except for the editorial routes: with a `formLimit` (Redaktionen is on), a POST of
/// at most that many bytes is let through to `/redaktion...` and `/meld-fejl/...`, and nothing else.
///
/// One middleware rather than three: each layer costs an async call on every request.
struct PageGuardMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    /// The largest form body the editorial routes take; nil: no form anywhere.
    var formLimit: Int? = nil

    /// Only this server's own CSS and JS: no inline script or style, no frames, forms that
    /// send only here.
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "connect-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'",
    ].joined(separator: "; ")

    /// Built and checked once, then copied onto each response.
    static let securityHeaders: HTTPFields = [
        .contentSecurityPolicy: contentSecurityPolicy,
        .xContentTypeOptions: "nosniff",
        HTTPFields.Element.Name("Referrer-Policy")!: "no-referrer",
        HTTPFields.Element.Name("X-Frame-Options")!: "DENY",
    ]

    /// Longer URLs are refused (`RequestLimits`, which the answer cache checks too).
    static var maxURILength: Int { RequestLimits.maxURILength }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            try RequestLimits.check(request.head, formLimit: formLimit)
            response = try await next(request, context)
        } catch {
            response = try Self.page(for: error, request: request, context: context)
        }
        response.headers.append(contentsOf: Self.securityHeaders)
        return response
    }

    /// The Danish page (or JSON under /api/) for any error, so nothing reaches a visitor as a bare 500.
    static func page(for error: any Error, request: Request, context: some RequestContext) throws -> Response {
        let page: WebError
        switch error {
        case let error as WebError:
            page = error
        case let error as DirectoryError:
            page = WebError(error)
        case let error as HTTPError:
            page = switch error.status {
            case .notFound: .notFound("Adressen findes ikke i tilbudsguiden. Brug søgningen eller landkortet.")
            case .methodNotAllowed: .methodNotAllowed
            case .contentTooLarge: .bodyNotAllowed
            case .badRequest: .badRequest("Adressen kunne ikke forstås.")
            default: .internalError
            }
        default:
            context.logger.error("Uventet fejl: \(error)")
            page = .internalError
        }
        return try page.response(from: request, context: context)
    }
}
