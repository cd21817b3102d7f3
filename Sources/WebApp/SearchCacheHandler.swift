import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore
import NIOHTTPTypes

/// A whole `/api/search` response as the routes produced it: status, headers (all but `Date`)
/// and body.
struct CachedResponse: Sendable {
    var head: HTTPResponse
    var body: ByteBuffer
}

/// The answer cache in front of the router, one handler per connection in the channel pipeline
/// (between HTTP decoding and Hummingbird).
///
/// A `GET /api/search` whose exact path and query already got a 200 from the routes in the live
/// index revision is answered here, on the connection's event loop, with the very bytes the routes
/// produced then (and a fresh `Date`). A fresh search that needs no model call is answered here
/// too, by the routes' own code (`FreshSearches`), once the router has answered one search.
/// Everything else goes on to the router unchanged, and the handler records the routes' 200
/// answers to searches on their way out. Nothing is written twice: the search, the JSON, the
/// security headers and every error page stay in the routes and the middleware; this handler
/// only replays them. It spares searches the hop from the event loop into Swift concurrency and
/// back, which was most of the cost of a repeated one.
///
/// The revision is read when the request arrives, before the router searches: if a new index is
/// published meanwhile, the answer is kept under the old revision, which no later request asks for.
/// Order is kept: a request is only answered here when no earlier request on the connection is
/// still with the router, so pipelined answers cannot overtake each other.
final class SearchCacheHandler<Generation: Hashable & Sendable>: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// Answers longer than this are passed on but not kept.
    static var maxKeptBytes: Int { 1 << 20 }

    /// Marks a search answer that holds only for now (lexical because the model was busy; the
    /// same search a moment later gets the full answer): passed on, never kept or learned from.
    static var provisional: HTTPField.Name { HTTPField.Name("Tilbudsguide-Svar")! }

    private struct Recording {
        let key: String
        let generation: Generation
    }

    private let cache: SearchCache<Generation, CachedResponse>
    private let revision: @Sendable () -> Generation?
    /// Answers from here are logged and counted like the routes' (nil in tests of the cache alone).
    private let recorder: RequestRecorder?
    /// Fresh searches that can be answered here too (nil: only repeated ones are).
    private let fresh: FreshSearches?
    /// One entry per request handed to the router whose answer has not ended yet, oldest first:
    /// where to keep its answer, or nil when it is not kept.
    private var withRouter = CircularBuffer<Recording?>()
    /// The answer being recorded for `withRouter.first`.
    private var recorded: CachedResponse?
    /// A request answered here whose body and end are still arriving, its path and arrival.
    private var answering: CachedResponse?
    private var answeringPath = ""
    private var answeringFromCache = true
    private var arrived = ContinuousClock.now
    private var date = HTTPDateHeader()

    init(cache: SearchCache<Generation, CachedResponse>, revision: @escaping @Sendable () -> Generation?,
         recorder: RequestRecorder? = nil, fresh: FreshSearches? = nil) {
        self.cache = cache
        self.revision = revision
        self.recorder = recorder
        self.fresh = fresh
    }

    /// The cache key of a request that may be answered from the cache: its path with the query,
    /// and whether it takes gzip (the routes answer it compressed then, see `ContentCoding`).
    /// Nil for anything the router's own limits refuse (`RequestLimits`), so the router refuses it.
    static func key(of request: HTTPRequest) -> String? {
        guard request.method == .get, let path = request.path, path.hasPrefix("/api/search") else { return nil }
        let rest = path.utf8.dropFirst("/api/search".utf8.count)
        guard rest.isEmpty || rest.first == UInt8(ascii: "?") else { return nil }
        guard (try? RequestLimits.check(request)) != nil else { return nil }
        let fields = request.headerFields
        if let connection = fields[.connection], connection.lowercased().contains("close") { return nil }
        // A space cannot be in a request's path, so the two kinds of key never meet.
        return ContentCoding.acceptsGzip(fields[.acceptEncoding]) ? path + " gzip" : path
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            var recording: Recording?
            if let key = Self.key(of: request), let generation = revision() {
                if withRouter.isEmpty {
                    let started = ContinuousClock.now
                    var answer = cache.answer(key, generation: generation)
                    answeringFromCache = answer != nil
                    if answer == nil, let fresh, let made = fresh.respond(query: Self.query(of: request.path), gzip: Self.isGzip(key)) {
                        cache.store(made, for: key, generation: generation)
                        answer = made
                    }
                    if let answer {
                        answering = answer
                        answeringPath = request.path ?? ""
                        arrived = started
                        return
                    }
                }
                recording = Recording(key: key, generation: generation)
            }
            withRouter.append(recording)
        case .body:
            if answering != nil { return }
        case .end:
            if let answer = answering {
                answering = nil
                write(answer, context: context)
                return
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let part = unwrapOutboundIn(data)
        if let recording = withRouter.first ?? nil {
            switch part {
            case .head(var response):
                if response.status == .ok, response.headerFields[Self.provisional] == nil {
                    response.headerFields[.date] = nil
                    recorded = CachedResponse(head: response, body: ByteBuffer())
                }
            case .body(let buffer):
                // Most answers come as one buffer, kept as it is rather than copied.
                if recorded?.body.readableBytes == 0 { recorded?.body = buffer } else { recorded?.body.writeImmutableBuffer(buffer) }
                if let size = recorded?.body.readableBytes, size > Self.maxKeptBytes { recorded = nil }
            case .end:
                if let answer = recorded {
                    cache.store(answer, for: recording.key, generation: recording.generation)
                    fresh?.learn(answer.head, gzip: Self.isGzip(recording.key))
                }
                recorded = nil
            }
        }
        if case .end = part, !withRouter.isEmpty { withRouter.removeFirst() }
        context.write(data, promise: promise)
    }

    private func write(_ answer: CachedResponse, context: ChannelHandlerContext) {
        var head = answer.head
        head.headerFields[.date] = date.now()
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(answer.body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        guard let recorder else { return }
        if answeringFromCache { recorder.metrics.cacheHits.increment() }
        recorder.record(method: .get, route: "/api/search", query: Self.query(of: answeringPath), status: answer.head.status,
                        bytes: answer.body.readableBytes, duration: ContinuousClock.now - arrived, fromCache: answeringFromCache)
    }

    /// The query string of a request path, read as the router reads it (`URI.query`).
    static func query(of path: String?) -> String {
        guard let path else { return "" }
        return URI(path).query ?? ""
    }

    private static func isGzip(_ key: String) -> Bool { key.hasSuffix(" gzip") }
}

/// The `Date` header (RFC 9110 IMF-fixdate), formatted at most once a second.
struct HTTPDateHeader {
    private var second = -1
    private var text = ""

    mutating func now() -> String {
        var clock = time(nil)
        guard Int(clock) != second else { return text }
        second = Int(clock)
        var parts = tm()
        gmtime_r(&clock, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        text = "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(1900 + parts.tm_year) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
        return text
    }
}
