import Directory
import Hummingbird
import HummingbirdCore
import NIOCore
import OfferIndex

/// Where the server listens.
public struct WebConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port; `onServerRunning` is told which.
    public var port: Int
    /// How many `/api/search` answers of the live index to keep for repeated searches (0: none);
    /// see `SearchCacheHandler`.
    public var cacheSize: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, cacheSize: Int = 2000) {
        self.host = host
        self.port = port
        self.cacheSize = cacheSize
    }
}

/// The request context of every route.
public typealias WebRequestContext = BasicRequestContext

/// Builds the staff web app over `directory`; `tilbud serve` runs it and the tests call it.
///
/// The server only reads: it answers GET and HEAD and follows the live index as `tilbud index`
/// publishes new ones.
public func buildApplication(
    directory: OfferDirectory,
    configuration: WebConfiguration = WebConfiguration(),
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let cache = SearchCache<CommitStamp, CachedResponse>(capacity: configuration.cacheSize)
    let index = directory.index
    let handlers: @Sendable () -> [any RemovableChannelHandler] = {
        cache.capacity > 0 ? [SearchCacheHandler(cache: cache, revision: { index.currentRevision() })] : []
    }
    return Application(
        router: buildRouter(directory: directory),
        server: .http1(configuration: HTTP1Channel.Configuration(additionalChannelHandlers: handlers())),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: "Tilbudsguide"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) }
    )
}

/// Every route, behind the middleware that limits requests, renders errors and sets headers.
func buildRouter(directory: OfferDirectory) -> Router<WebRequestContext> {
    let router = Router(context: WebRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: PageGuardMiddleware())
    SearchPage(directory: directory).addRoutes(to: router)
    OfferPage(directory: directory).addRoutes(to: router)
    SelectionPage(directory: directory).addRoutes(to: router)
    OverviewPage(directory: directory).addRoutes(to: router)
    APIRoutes(directory: directory).addRoutes(to: router)
    StaticFiles(assets: .bundled).addRoutes(to: router)
    return router
}
