/// What can go wrong in Redaktionen's storage: files, the lock, the database.
public enum EditorialError: Error, Sendable, CustomStringConvertible {
    /// A file could not be written; nothing was changed.
    case write(path: String, reason: String)
    case lock(path: String, reason: String)
    case database(String)
    /// The audit log would not take a change's entry, so the change was not made.
    case unrecorded(String)
    /// git refused to commit a file that is saved (the save itself stands).
    case git(path: String, reason: String)

    public var description: String {
        switch self {
        case let .write(path, reason): "Kunne ikke gemme \(path): \(reason). Intet er ændret."
        case let .lock(path, reason): "Kunne ikke tage låsen \(path): \(reason)."
        case let .database(reason): "Redaktionens database kunne ikke bruges: \(reason)."
        case let .unrecorded(reason):
            "Ændringen er ikke gemt, fordi ændringsloggen ikke kunne skrives (\(reason)). Intet er ændret. Gå tilbage i browseren, "
                + "så står det, du skrev, der stadig, og prøv igen om lidt."
        case let .git(path, reason): "git tog ikke \(path) med: \(reason.trimmingCharacters(in: .whitespacesAndNewlines))."
        }
    }
}
