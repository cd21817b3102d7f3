@testable import Directory
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import TestSupport
import WebApp

/// A real index in a temporary folder and the web app over it, asked through the router.
struct TestSite: @unchecked Sendable {
    // @unchecked Sendable: every property is immutable; the folders only delete themselves in deinit.
    let folder: TemporaryFolder
    let directory: OfferDirectory
    /// The fixture catalogue, kept as long as the site (Redaktionen writes into it).
    var catalog: CatalogFixture? = nil

    /// The bundled catalogue, indexed once for every test in the target.
    static let bundled: TestSite = {
        let folder = TemporaryFolder("web-indeks")
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: folder.path)
        do { _ = try directory.reindex() } catch { fatalError("Kunne ikke indeksere kataloget: \(error)") }
        return TestSite(folder: folder, directory: directory)
    }()

    /// The small fixture catalogue (Tests/TestSupport), changed by `change`, indexed.
    static func withFixture(_ change: (CatalogFixture) -> Void = { _ in }) throws -> TestSite {
        let fixture = CatalogFixture()
        change(fixture)
        let folder = TemporaryFolder("web-fixtur")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: folder.path)
        _ = try directory.reindex()
        return TestSite(folder: folder, directory: directory, catalog: fixture)
    }

    /// The small fixture catalogue plus an offer whose every text tries to break out of HTML.
    static func hostile() throws -> TestSite {
        let fixture = CatalogFixture()
        fixture.write("farlig", """
        navn: 'Farlig <script>alert(1)</script> "citat" & ''enkelt'''
        kort: 'Kort <script>alert(1)</script> med "anførselstegn" og <b>fed</b>'
        beskrivelse: 'Rygestop <img src=x onerror=alert(2)> og "<script>alert(3)</script>"'
        maalgruppe: 'Alle "<i>"'
        behov: [rygning]
        center: sundhedscenter
        status: aktiv
        adgang: [egen-henvendelse]
        henvisning: '"><script>alert(4)</script>'
        tid: '<script>alert(5)</script>'
        kontakt:
          web: 'testby.dk/farlig?a=1&b=2'
          email: 'farlig@testby.dk'

        """)
        let folder = TemporaryFolder("web-fjendtlig")
        let directory = OfferDirectory(catalogPath: fixture.path, indexPath: folder.path)
        _ = try directory.reindex()
        return TestSite(folder: folder, directory: directory)
    }

    /// A site whose index has never been built.
    static func withoutIndex() -> TestSite {
        let folder = TemporaryFolder("web-tom")
        return TestSite(folder: folder, directory: OfferDirectory(catalogPath: "/ingen", indexPath: folder.path))
    }

    /// Sends one request through `buildApplication`'s router, middleware and all.
    func get(_ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:],
             body: ByteBuffer? = nil) async throws -> Page {
        try await session { client in try await client.get(uri, method: method, headers: headers, body: body) }
    }

    /// Several requests to one application (its metrics and log kept across them).
    func session<T: Sendable>(logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
                              _ body: @Sendable (Client) async throws -> T) async throws -> T {
        let app = buildApplication(directory: directory, configuration: WebConfiguration(logger: logger))
        return try await app.test(.router) { client in try await body(Client(client: client)) }
    }

    struct Client: Sendable {
        let client: any TestClientProtocol

        func get(_ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> Page {
            try await client.execute(uri: uri, method: method, headers: headers, body: body) { Page(response: $0) }
        }
    }
}

/// A response with its body as text.
struct Page: Sendable {
    let response: TestResponse
    var status: HTTPResponse.Status { response.status }
    var headers: HTTPFields { response.headers }
    var text: String { String(decoding: response.body.readableBytesView, as: UTF8.self) }
    var json: Any? { try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) }
    var contentType: String { headers[.contentType] ?? "" }
    var bytes: [UInt8] { Array(response.body.readableBytesView) }
    /// The body, unpacked when it came gzip-compressed.
    var unpacked: [UInt8]? { headers[.contentEncoding] == "gzip" ? Gunzip.bytes(bytes) : bytes }

    /// The ids of the result cards, in order.
    var cardIDs: [String] {
        text.components(separatedBy: "<article class=\"kort\" id=\"tilbud-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
