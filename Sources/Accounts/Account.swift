/// Someone who may log in to Redaktionen: an editor of one centre's offers, or an administrator.
///
/// Holds no password and no hash: those stay inside `AccountStore`.
public struct Account: Sendable, Hashable, Codable {
    public enum Role: Sendable, Hashable, Codable {
        /// Edits the offers of one centre (an id from the catalogue's `centre.yaml`).
        case editor(centre: String)
        /// May change everything, the vocabulary files too.
        case administrator
    }

    /// The user name, as it was created (names are unique without regard to case).
    public var name: String
    public var role: Role
    /// Raised by every password change, so a session begun before it ends.
    public var generation: Int
    /// Where reminders and error reports are mailed; nil: the account gets no mail.
    public var email: String?

    public init(name: String, role: Role, generation: Int = 1, email: String? = nil) {
        self.name = name
        self.role = role
        self.generation = generation
        self.email = email
    }

    public var isAdministrator: Bool { role == .administrator }

    /// The centre an editor works for; nil for an administrator.
    public var centre: String? {
        if case let .editor(centre) = role { return centre }
        return nil
    }

    /// Whether this account may change the offers of centre.
    public func mayEdit(centre: String) -> Bool {
        switch role {
        case .administrator: true
        case let .editor(own): own == centre
        }
    }

    /// The role in Danish, for lists and pages: "redaktør for sundhedsplejen", "administrator".
    public var roleDescription: String {
        switch role {
        case .administrator: "administrator"
        case let .editor(centre): "redaktør for \(centre)"
        }
    }

    /// Why name cannot be a user name, or nil if it can: 1 to 100 characters, no control
    /// characters, no space at either end. Anything else is allowed (a single sign-on directory
    /// decides its own names), so every page must escape names.
    public static func problem(withName name: String) -> String? {
        if name.isEmpty { return "det er tomt." }
        if name.count > 100 { return "det må højst have 100 tegn." }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "det må ikke indeholde styretegn."
        }
        if name.first!.isWhitespace || name.last!.isWhitespace { return "det må ikke begynde eller slutte med mellemrum." }
        return nil
    }
}
