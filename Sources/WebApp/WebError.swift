import Directory
import Foundation
import Hummingbird

/// Every error the web app answers with: a Danish page, or a small JSON object under `/api/`.
///
/// Route handlers throw these; `ErrorPagesMiddleware` turns any other error into one, so no
/// request ever gets a bare 500.
public enum WebError: HTTPResponseError, Sendable, Equatable {
    case notFound(String)
    case badRequest(String)
    case methodNotAllowed
    case bodyNotAllowed
    case uriTooLong
    /// The index is missing or cannot be read now; the staff can fix it or wait.
    case unavailable(String)
    /// Redaktionen's files, lock or database failed; the message says what was (not) changed.
    case editorialUnavailable(String)
    case notImplemented(String)
    /// The visitor may not do this (another centre's offer, a missing or wrong form token).
    case forbidden(String)
    case internalError
    /// A page of Redaktionen without a login: GET and HEAD are sent to the login page.
    case loginRequired
    /// A form without its token, with a wrong one, or with one from another session or too old.
    case staleForm
    /// Too many attempts lately; the message says how long to wait (also sent as Retry-After).
    case tooManyRequests(String, retryAfter: Int)
    case formTooLarge(limit: Int)
    /// Too many PDFs being made now; the message says to try again (also sent as Retry-After).
    case busy(retryAfter: Int)

    /// Maps a use case's error to what the visitor should see.
    public init(_ error: DirectoryError) {
        switch error {
        case let .unknownOffer(id):
            self = .notFound("Der er intet tilbud med id \u{201C}\(id)\u{201D}. Det kan være fjernet fra kataloget.")
        case let .invalidRequest(message):
            self = .badRequest(message)
        case .noMatchingOffers:
            self = .notFound(error.description)
        case .index(.missing, _):
            self = .unavailable("Søgeindekset er ikke bygget endnu. Kør scripts/run eller tilbud index, og prøv igen om lidt.")
        case .index(.incompatible, _):
            self = .unavailable("Søgeindekset er bygget af en anden version af programmet. Byg det igen med tilbud index.")
        case .index, .catalog, .invalidCatalog:
            self = .unavailable("Søgeindekset kunne ikke læses lige nu. Prøv igen om et øjeblik.")
        case .export:
            self = .internalError
        case let .forbidden(message):
            self = .forbidden(message)
        case let .editorial(message):
            self = .editorialUnavailable(message)
        case let .busy(seconds):
            self = .busy(retryAfter: seconds)
        }
    }

    public var status: HTTPResponse.Status {
        switch self {
        case .notFound: return .notFound
        case .badRequest: return .badRequest
        case .methodNotAllowed: return .methodNotAllowed
        case .bodyNotAllowed: return .contentTooLarge
        case .uriTooLong: return .uriTooLong
        case .unavailable, .editorialUnavailable: return .serviceUnavailable
        case .notImplemented: return .notImplemented
        case .forbidden: return .forbidden
        case .internalError: return .internalServerError
        case .loginRequired: return .seeOther
        case .staleForm: return .forbidden
        case .tooManyRequests: return .tooManyRequests
        case .formTooLarge: return .contentTooLarge
        case .busy: return .serviceUnavailable
        }
    }

    /// The page's heading.
    public var title: String {
        switch self {
        case .notFound: return "Siden findes ikke"
        case .badRequest: return "Søgningen kunne ikke forstås"
        case .methodNotAllowed: return "Handlingen er ikke tilladt"
        case .bodyNotAllowed: return "Serveren modtager ikke data"
        case .uriTooLong: return "Adressen er for lang"
        case .unavailable: return "Søgningen er ikke klar"
        case .editorialUnavailable: return "Redaktionen kunne ikke gøre det færdigt"
        case .notImplemented: return "Kommer snart"
        case .forbidden: return "Det har du ikke adgang til"
        case .internalError: return "Noget gik galt"
        case .loginRequired: return "Log ind først"
        case .staleForm: return "Formularen kunne ikke bruges"
        case .tooManyRequests: return "For mange forsøg"
        case .formTooLarge: return "Formularen er for stor"
        case .busy: return "Serveren har travlt"
        }
    }

    /// What happened and what to do, in plain Danish.
    public var message: String {
        switch self {
        case let .notFound(text), let .badRequest(text), let .unavailable(text), let .editorialUnavailable(text), let .notImplemented(text),
             let .forbidden(text):
            return text
        case let .tooManyRequests(text, _): return text
        case .loginRequired: return "Du er ikke logget ind i Redaktionen, eller din session er udløbet. Log ind og prøv igen."
        case .staleForm:
            return "Formularen var for gammel eller kom ikke fra Tilbudsguide (den mangler sit sikkerhedsfelt). Hent siden igen, og send formularen derfra."
        case let .formTooLarge(limit): return "Det sendte fylder mere end \(limit / 1024) KB. Gør teksterne kortere, og prøv igen."
        case .methodNotAllowed: return "Tilbudsguiden kan kun læses; den tager ikke imod ændringer."
        case .bodyNotAllowed: return "Tilbudsguiden kan kun læses; send ingen data med forespørgslen."
        case .uriTooLong: return "Adressen er for lang. Skriv en kortere søgning."
        case let .busy(seconds):
            return "Der laves mange udskrifter lige nu, så denne kommer ikke med. Prøv igen om \(seconds) sekunder; søgningen virker imens."
        case .internalError: return "Der skete en uventet fejl. Prøv igen; sker det igen, så kontakt den, der driver tilbudsguiden."
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [:]
        if case .methodNotAllowed = self { headers[.allow] = "GET, HEAD" }
        if case .unavailable = self { headers[.retryAfter] = "5" }
        if case .editorialUnavailable = self { headers[.retryAfter] = "5" }
        if case let .tooManyRequests(_, seconds) = self { headers[.retryAfter] = String(seconds) }
        if case let .busy(seconds) = self { headers[.retryAfter] = String(seconds) }
        if case .loginRequired = self, request.method == .get || request.method == .head {
            let back = request.uri.path.hasPrefix("/redaktion/") ? "?videre=" + Self.queryEscaped(request.uri.path) : ""
            return Response(status: .seeOther, headers: [.location: "/redaktion/log-ind" + back])
        }
        if request.uri.path.hasPrefix("/api/") {
            let body = #"{"status":\#(status.code),"fejl":\#(Self.jsonString(message))}"#
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
        let main: HTML = """
        <h1>\(title)</h1>
        <p class="besked">\(message)</p>
        <p><a href="/">Til søgningen</a> · <a href="/landkort">Landkort over alle tilbud</a></p>
        """
        let pageStatus: HTTPResponse.Status = status == .seeOther ? .forbidden : status
        var response = Layout.page(title: title, section: .none, main: main).response(status: pageStatus)
        response.headers.append(contentsOf: headers)
        return response
    }

    /// text for a query value: letters, digits and `/-._~` as they are, the rest %-escaped.
    static func queryEscaped(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "/-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A JSON string literal for `text`.
    static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
