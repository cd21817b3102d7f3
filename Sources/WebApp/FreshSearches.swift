import Foundation
import HTTPTypes
import NIOCore

/// Fresh searches answered on the connection's event loop by `SearchCacheHandler`, with the very
/// bytes and headers the route would give, without the hop into Swift concurrency and back.
///
/// The body comes from `APIRoutes.answerAtOnce`, the same code the route runs; the head is the
/// one the router last gave a search answer (200, plain or gzip: its content type, caching,
/// `Vary`, coding and the security headers of `PageGuardMiddleware`, which are the same for
/// every search), with this answer's length. Until the router has answered one search of a
/// kind, and for every search `answerAtOnce` declines (one that needs the model, a bad
/// parameter, a large index), the request goes to the router as before.
///
/// Measured with `scripts/bench-web` (fresh searches, gzip): see docs/ydelse.md.
/// `@unchecked Sendable`: the learned heads are behind `lock`; `answer` is Sendable.
final class FreshSearches: @unchecked Sendable {
    private let lock = NSLock()
    private var heads: [Bool: HTTPResponse] = [:]
    private let answer: @Sendable (_ query: String, _ gzip: Bool) -> (body: ByteBuffer, gzip: Bool)?

    init(answer: @escaping @Sendable (_ query: String, _ gzip: Bool) -> (body: ByteBuffer, gzip: Bool)?) {
        self.answer = answer
    }

    /// Keeps head (without `Date`) of a 200 answer the router gave to a search, gzip or not.
    func learn(_ head: HTTPResponse, gzip: Bool) {
        guard head.status == .ok, (head.headerFields[.contentEncoding] == "gzip") == gzip else { return }
        lock.lock()
        defer { lock.unlock() }
        if heads[gzip] == nil { heads[gzip] = head }
    }

    /// The whole answer to the search with this query string (the part of the path after `?`),
    /// or nil when it goes to the router.
    func respond(query: String, gzip: Bool) -> CachedResponse? {
        lock.lock()
        let learned = heads[gzip]
        lock.unlock()
        guard var head = learned, let answer = answer(query, gzip), answer.gzip == gzip else { return nil }
        head.headerFields[.contentLength] = String(answer.body.readableBytes)
        return CachedResponse(head: head, body: answer.body)
    }
}
