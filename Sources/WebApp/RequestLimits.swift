import HTTPTypes
import Hummingbird
import HummingbirdCore

/// What the server takes at all, checked on a request's head alike wherever it is answered: by
/// the routes (`PageGuardMiddleware`) and by the answer cache in front of them
/// (`SearchCacheHandler`, which sends on to the router whatever this refuses, so the router
/// answers it with its own error page).
enum RequestLimits {
    /// Longer URLs are refused (a search text is cut at 500 characters anyway).
    static let maxURILength = 4096

    /// GET and HEAD only, without a body, with a URL of sensible length; and with a formLimit, a
    /// POST of at most formLimit bytes to an editorial route.
    static func check(_ head: HTTPRequest, formLimit: Int? = nil) throws(WebError) {
        let path = head.path ?? ""
        let fields = head.headerFields
        if head.method == .post, let formLimit, acceptsForms(URI(path).path) {
            guard path.utf8.count <= maxURILength else { throw .uriTooLong }
            if let length = fields[.contentLength], Int(length).map({ $0 > formLimit }) ?? true {
                throw .formTooLarge(limit: formLimit)
            }
            return
        }
        guard head.method == .get || head.method == .head else { throw .methodNotAllowed }
        if let length = fields[.contentLength], length != "0" { throw .bodyNotAllowed }
        if fields[.transferEncoding] != nil { throw .bodyNotAllowed }
        guard path.utf8.count <= maxURILength else { throw .uriTooLong }
    }

    /// The routes that take forms: Redaktionen and the anonymous error reports.
    static func acceptsForms(_ path: String) -> Bool {
        path == "/redaktion" || path.hasPrefix("/redaktion/") || path.hasPrefix("/meld-fejl/")
    }
}
