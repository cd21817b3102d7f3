import Accounts
@testable import Directory
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
@testable import WebApp

/// The web app with Redaktionen on, run as a live server on a real socket: the fixture catalogue,
/// a state folder in a temporary folder with a real account file, and two accounts (bcrypt at
/// cost 4 unless `cost` says otherwise, so logging in is quick).
struct EditorialSite: Sendable {
    let site: TestSite
    let state: TemporaryFolder
    let access: EditorialAccess
    let editing: EditorialService
    static let password = "rigtig-adgangskode"

    /// settings are changed by `change` (quick throttle numbers by default: no waiting on wrong passwords).
    init(cost: UInt8 = 4, _ change: (inout EditorialSettings) -> Void = { _ in }) throws {
        site = try TestSite.withFixture()
        state = TemporaryFolder("redaktion-tilstand")
        var settings = EditorialSettings(stateFolder: state.at("tilstand"),
                                         loginThrottle: LoginThrottle.Policy(perName: 5, perAddress: 20, failureDelay: .zero))
        change(&settings)
        access = try EditorialAccess(settings: settings, passwords: PasswordPolicy(cost: cost))
        editing = try EditorialService(directory: site.directory, stateFolder: settings.stateFolder)
        try access.accounts.create(name: "anna", password: Self.password, role: .editor(centre: "sundhedscenter"),
                                   centres: ["sundhedscenter", "aeldrecenter"])
        try access.accounts.create(name: "bo", password: Self.password, role: .administrator, centres: [])
    }

    /// Runs body against the live server.
    func run(_ body: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
        let app = buildApplication(directory: site.directory, configuration: WebConfiguration(port: 0, cacheSize: 0), editorial: access,
                                   editing: editing)
        try await app.test(.live) { client in try await body(client) }
    }
}

/// One browser: keeps the cookies the server sets and sends them back, follows nothing by itself.
struct Visitor {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var headers: HTTPFields = [:]

    init(_ client: any TestClientProtocol, headers: HTTPFields = [:]) {
        self.client = client
        self.headers = headers
    }

    mutating func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil)
    }

    /// POSTs fields as a browser's form does.
    mutating func post(_ uri: String, _ fields: [(String, String)], contentType: String = "application/x-www-form-urlencoded") async throws -> Page {
        let body = fields.map { "\(Self.escaped($0.0))=\(Self.escaped($0.1))" }.joined(separator: "&")
        var extra: HTTPFields = [.contentType: contentType]
        extra[.contentLength] = String(body.utf8.count)
        return try await send(uri, method: .post, body: ByteBuffer(string: body), extra: extra)
    }

    mutating func send(_ uri: String, method: HTTPRequest.Method, body: ByteBuffer?, extra: HTTPFields = [:]) async throws -> Page {
        var fields = headers
        fields.append(contentsOf: extra)
        if !cookies.isEmpty { fields[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let page = Page(response: try await client.executeRequest(uri: uri, method: method, headers: fields, body: body))
        for header in page.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            if Self.expired(header) { cookies[pair[0]] = nil } else { cookies[pair[0]] = pair.count > 1 ? pair[1] : "" }
        }
        return page
    }

    /// Fetches the login page and logs in.
    mutating func logIn(_ name: String, password: String = EditorialSite.password) async throws -> Page {
        let form = try await get("/redaktion/log-ind")
        return try await post("/redaktion/log-ind", [("formular_token", form.formToken ?? ""), ("brugernavn", name), ("adgangskode", password)])
    }

    var session: String? { cookies[EditorialAccess.sessionCookie] }

    static func escaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    private static func expired(_ header: String) -> Bool {
        // Expires has whole seconds: an expiry a few seconds ahead must not pass for a deletion.
        guard let date = expiry(header) else { return false }
        return date <= Date()
    }

    /// The date of a Set-Cookie header's Expires attribute.
    static func expiry(_ header: String) -> Date? {
        guard let range = header.range(of: "Expires=") else { return nil }
        let text = header[range.upperBound...].prefix { $0 != ";" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: String(text))
    }
}

extension Page {
    /// The value of the first form token field on the page.
    var formToken: String? {
        guard let start = text.range(of: "name=\"formular_token\" value=\"") else { return nil }
        return String(text[start.upperBound...].prefix { $0 != "\"" })
    }

    /// The Set-Cookie header for cookie name.
    func setCookie(_ name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }
}
