import Foundation

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

    /// Given by the store when the account is made and never given again, not even to a new
    /// account of the same name: sessions hold it, so a deleted account's sessions open nothing.
    public var id: Int64
    /// The user name as it was created, NFKC-normalised (names are one name when their
    /// `nameKey`s are equal).
    public var name: String
    public var role: Role
    /// Raised by every password change, so a session begun before it ends.
    public var generation: Int
    /// Where reminders and error reports are mailed; nil: the account gets no mail.
    public var email: String?

    public init(id: Int64 = 0, name: String, role: Role, generation: Int = 1, email: String? = nil) {
        self.id = id
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

    /// Why name cannot be a user name, or nil if it can. Checked on its NFKC form (what is
    /// kept): 1 to 100 characters; no control, format or other invisible characters (zero-width
    /// spaces, soft hyphens, bidi controls, spaces other than the plain one), which make a name
    /// look like another; no space at either end; and nothing git would refuse or change in an
    /// author name (each save is committed with the editor as author): no `<` or `>`, and none of
    /// `. , : ; " ' \` at either end. Anything else is allowed (a single sign-on directory decides
    /// its own names), so every page must escape names.
    public static func problem(withName name: String) -> String? {
        let name = normalized(name)
        if name.isEmpty { return "det er tomt." }
        if name.count > 100 { return "det må højst have 100 tegn." }
        let scalars = name.unicodeScalars
        if scalars.contains(where: { $0.properties.generalCategory == .control }) { return "det må ikke indeholde styretegn." }
        if scalars.contains(where: isInvisible) {
            return "det må ikke indeholde usynlige tegn (fx mellemrum uden bredde, blød bindestreg eller retningstegn)."
        }
        if name.first!.isWhitespace || name.last!.isWhitespace { return "det må ikke begynde eller slutte med mellemrum." }
        if name.contains("<") || name.contains(">") { return "det må ikke indeholde < eller > (git kan ikke bruge det som forfatter)." }
        if trimmedByGit.contains(name.first!) || trimmedByGit.contains(name.last!) {
            return "det må ikke begynde eller slutte med . , : ; \" ' eller \\ (git ville fjerne tegnet fra forfatternavnet)."
        }
        return nil
    }

    /// name as it is kept: NFKC-normalised, so fullwidth letters, ligatures and NFD forms are
    /// written as their plain NFC letters.
    public static func normalized(_ name: String) -> String {
        name.precomposedStringWithCompatibilityMapping
    }

    /// What makes two names one: NFKC, then Unicode case folding ("Ødegaard" and "ødegaard",
    /// "Straße" and "STRASSE"), then NFKC again. SQLite's NOCASE folds ASCII letters only.
    public static func nameKey(_ name: String) -> String {
        normalized(name).folding(options: [.caseInsensitive], locale: nil).precomposedStringWithCompatibilityMapping
    }

    /// Characters git strips from either end of an author name.
    private static let trimmedByGit: Set<Character> = [".", ",", ":", ";", "\"", "'", "\\"]

    /// Format, separator and unassigned code points, characters drawn as nothing (default
    /// ignorable: zero-width joiners, variation selectors) and any space but U+0020.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: return true
        default: return scalar.properties.isDefaultIgnorableCodePoint || (scalar.properties.isWhitespace && scalar != " ")
        }
    }
}
