import Accounts
import Directory
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import OfferModel
import Settings

/// Where the server listens.
public struct WebConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port; `onServerRunning` is told which.
    public var port: Int
    /// How many `/api/search` answers of the live index to keep for repeated searches (0: none);
    /// see `SearchCacheHandler`.
    public var cacheSize: Int
    /// The site's public address (`adresse`) that the info screens' QR codes point to; nil: the
    /// address each screen itself was opened at.
    public var publicAddress: String?
    /// Whom to write about accessibility (`tilgaengelighed.kontakt`); empty: the catalogue's contact line.
    public var accessibilityContact: String

    /// The server's own log: a line per request (see `RequestRecorder`) and per index event.
    public var logger: Logger

    /// Without a logger the server says nothing (tests); `tilbud serve` passes its own.
    public init(host: String = "127.0.0.1", port: Int = 8080, cacheSize: Int = 2000, publicAddress: String? = nil,
                accessibilityContact: String = "",
                logger: Logger = Logger(label: "tilbudsguide", factory: { _ in SwiftLogNoOpLogHandler() })) {
        self.host = host
        self.port = port
        self.cacheSize = cacheSize
        self.publicAddress = publicAddress
        self.accessibilityContact = accessibilityContact
        self.logger = logger
    }

    /// From the settings (file, environment, command line; see docs/indstillinger.md).
    public init(settings: Settings, logger: Logger) {
        self.init(host: settings.text(.host), port: settings.integer(.port), cacheSize: settings.integer(.cache),
                  publicAddress: settings.optionalText(.publicAddress) == nil ? nil : settings.publicAddress,
                  accessibilityContact: settings.text(.accessibilityContact), logger: logger)
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
    let cache = SearchCache<AnswerGeneration, CachedResponse>(capacity: configuration.cacheSize)
    // The model loads in the background from now on; until it is ready, searches answer
    // lexically and say so (`/healthz`: indlaeser).
    directory.loadModelInBackground()
    let metrics = ServerMetrics()
    let recorder = RequestRecorder(logger: configuration.logger, metrics: metrics)
    let api = APIRoutes(directory: directory, metrics: recorder.metrics)
    let fresh = FreshSearches(answer: { query, gzip in api.answerAtOnce(query: query, gzip: gzip) })
    let handlers: @Sendable () -> [any RemovableChannelHandler] = {
        cache.capacity > 0 ? [SearchCacheHandler(cache: cache, revision: {
            directory.revisionAtOnce().map { AnswerGeneration(index: $0, model: directory.semanticEpoch) }
        }, recorder: recorder, fresh: fresh)] : []
    }
    return Application(
        router: buildRouter(directory: directory, recorder: recorder, api: api, editorial: editorial, editing: editing,
                            publicAddress: configuration.publicAddress, accessibilityContact: configuration.accessibilityContact),
        server: .http1(configuration: HTTP1Channel.Configuration(additionalChannelHandlers: handlers())),
        configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                serverName: "Tilbudsguide"),
        services: [IndexWatcher(directory: directory, metrics: metrics, logger: configuration.logger)],
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: configuration.logger
    )
}

/// What an answer in the answer cache was made from: the index revision and the model's state
/// (an answer made while the model loaded is lexical, and must go when it is ready).
struct AnswerGeneration: Hashable, Sendable {
    let index: CommitStamp
    let model: Int
}

/// Every route, behind the middleware that records each request (log line and metrics),
/// compresses answers, limits requests, renders errors and sets headers.
func buildRouter(directory: OfferDirectory, recorder: RequestRecorder, api: APIRoutes? = nil, editorial: EditorialAccess? = nil,
                 editing: EditorialService? = nil, publicAddress: String? = nil, accessibilityContact: String = "") -> Router<WebRequestContext> {
    let router = Router(context: WebRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: TrafficMiddleware(recorder: recorder))
    router.add(middleware: CompressionMiddleware())
    router.add(middleware: PageGuardMiddleware(formLimit: editorial?.settings.maximumFormBytes))
    SearchPage(directory: directory, metrics: recorder.metrics).addRoutes(to: router)
    OfferPage(directory: directory).addRoutes(to: router)
    SelectionPage(directory: directory).addRoutes(to: router)
    OverviewPage(directory: directory).addRoutes(to: router)
    ScreenPage(directory: directory, publicAddress: publicAddress).addRoutes(to: router)
    AccessibilityPage(directory: directory, contact: accessibilityContact).addRoutes(to: router)
    (api ?? APIRoutes(directory: directory, metrics: recorder.metrics)).addRoutes(to: router)
    StaticFiles(assets: .bundled).addRoutes(to: router)
    if let editorial, let editing {
        ReportPage(service: editing, access: editorial).addRoutes(to: router)
        EditorialRoutes(access: editorial).addRoutes(to: router) { signedIn in
            WorkListPage(service: editing).addRoutes(to: signedIn)
            OfferEditorPage(service: editing).addRoutes(to: signedIn)
            VocabularyPage(service: editing).addRoutes(to: signedIn)
            ScreenEditorPage(service: editing, publicAddress: publicAddress).addRoutes(to: signedIn)
        }
    }
    HealthRoutes(directory: directory, metrics: recorder.metrics, extraChecks: [HealthCheck.semantic(directory)]).addRoutes(to: router)
    return router
}
