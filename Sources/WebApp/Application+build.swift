import Directory
import Hummingbird
import NIOCore

/// Where the server listens.
public struct WebConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port; `onServerRunning` is told which.
    public var port: Int
    /// How many `/api/search` answers of the live index to keep for repeated searches (0: none).
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
    Application(
        router: buildRouter(directory: directory, cacheSize: configuration.cacheSize),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: "Tilbudsguide"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) }
    )
}

/// Every route, behind the middleware that limits requests, renders errors and sets headers.
func buildRouter(directory: OfferDirectory, cacheSize: Int) -> Router<WebRequestContext> {
    let router = Router(context: WebRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: PageGuardMiddleware())
    SearchPage(directory: directory).addRoutes(to: router)
    OfferPage(directory: directory).addRoutes(to: router)
    SelectionPage(directory: directory).addRoutes(to: router)
    OverviewPage(directory: directory).addRoutes(to: router)
    APIRoutes(directory: directory, cache: SearchCache(capacity: cacheSize)).addRoutes(to: router)
    StaticFiles(assets: .bundled).addRoutes(to: router)
    return router
}
