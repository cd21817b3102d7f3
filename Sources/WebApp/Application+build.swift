import Accounts
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

/// The request context of every route: Hummingbird's basic one plus the connection's peer
/// address, which the login throttle and the anonymous forms count by.
public struct WebRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

/// Builds the staff web app over `directory`; `tilbud serve` runs it and the tests call it.
///
/// The server only reads: it answers GET and HEAD and follows the live index as `tilbud index`
/// publishes new ones. With `editorial` (who may enter) and `editing` (the use cases behind the
/// pages), Redaktionen is added under `/redaktion` and "Meld fejl" under `/meld-fejl/`: the only
/// routes that take a POST.
public func buildApplication(
    directory: OfferDirectory,
    configuration: WebConfiguration = WebConfiguration(),
    editorial: EditorialAccess? = nil,
    editing: EditorialService? = nil,
    onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let cache = SearchCache<CommitStamp, CachedResponse>(capacity: configuration.cacheSize)
    let index = directory.index
    let handlers: @Sendable () -> [any RemovableChannelHandler] = {
        cache.capacity > 0 ? [SearchCacheHandler(cache: cache, revision: { index.currentRevision() })] : []
    }
    return Application(
        router: buildRouter(directory: directory, editorial: editorial, editing: editing),
        server: .http1(configuration: HTTP1Channel.Configuration(additionalChannelHandlers: handlers())),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: "Tilbudsguide"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) }
    )
}

/// Every route, behind the middleware that limits requests, renders errors and sets headers.
func buildRouter(directory: OfferDirectory, editorial: EditorialAccess? = nil, editing: EditorialService? = nil) -> Router<WebRequestContext> {
    let router = Router(context: WebRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: PageGuardMiddleware(formLimit: editorial?.settings.maximumFormBytes))
    SearchPage(directory: directory).addRoutes(to: router)
    OfferPage(directory: directory).addRoutes(to: router)
    SelectionPage(directory: directory).addRoutes(to: router)
    OverviewPage(directory: directory).addRoutes(to: router)
    APIRoutes(directory: directory).addRoutes(to: router)
    StaticFiles(assets: .bundled).addRoutes(to: router)
    if let editorial, let editing {
        ReportPage(service: editing, access: editorial).addRoutes(to: router)
        EditorialRoutes(access: editorial).addRoutes(to: router) { signedIn in
            WorkListPage(service: editing).addRoutes(to: signedIn)
            OfferEditorPage(service: editing).addRoutes(to: signedIn)
            VocabularyPage(service: editing).addRoutes(to: signedIn)
        }
    }
    return router
}
