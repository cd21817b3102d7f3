/// Who makes a change in Redaktionen: the name the audit log and git record, and what they may change.
///
/// The accounts behind it live in the web face's account store; below the faces only this value
/// is known, so a command-line tool could save as an editor too.
public struct Editor: Sendable, Hashable {
    public enum Scope: Sendable, Hashable {
        /// An editor of one centre's offers (a `centre.yaml` id).
        case centre(String)
        /// May change every offer and the vocabulary files.
        case administrator
    }

    public var name: String
    public var scope: Scope

    public init(name: String, scope: Scope) {
        self.name = name
        self.scope = scope
    }

    public var isAdministrator: Bool { scope == .administrator }

    /// The centre an editor works for; nil for an administrator.
    public var centre: String? {
        if case let .centre(id) = scope { return id }
        return nil
    }

    /// Whether the editor may change offers of centre.
    public func mayEdit(centre: String) -> Bool {
        switch scope {
        case .administrator: true
        case let .centre(own): own == centre
        }
    }
}
