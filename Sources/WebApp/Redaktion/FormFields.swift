import Hummingbird

/// The fields of a form POSTed as `application/x-www-form-urlencoded` (what every HTML form
/// sends), read with a size limit and decoded as `QueryString` decodes queries.
public struct FormFields: Sendable {
    private let query: QueryString

    init(_ body: String) {
        query = QueryString(body)
    }

    /// Reads request's body, at most limit bytes; another content type is refused.
    static func read(_ request: Request, limit: Int) async throws -> FormFields {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else {
            throw WebError.badRequest("Formularen kom ikke frem, som en browser sender den (application/x-www-form-urlencoded).")
        }
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: limit) } catch { throw WebError.formTooLarge(limit: limit) }
        return FormFields(String(buffer: body))
    }

    /// The first value of name, trimmed; nil when absent or empty.
    public func value(_ name: String) -> String? { query.first(name) }

    /// Every non-empty value of name (checkboxes, multiple choices), trimmed, without repeats.
    public func values(_ name: String) -> [String] { query.all(name) }

    /// The first value of name exactly as sent (a password, a text whose spaces matter).
    public func raw(_ name: String) -> String? { query.pairs.first { $0.name == name }?.value }
}
