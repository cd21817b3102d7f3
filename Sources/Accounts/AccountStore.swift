import Foundation
import GRDB

/// The accounts of Redaktionen in a SQLite file, `brugere.sqlite` in the state folder, with
/// bcrypt hashes of their passwords; the web face's sessions live in the same file
/// (`AccountStore+Sessions`). No method returns or logs a password or a hash.
///
/// `Sendable`: GRDB's `DatabaseQueue` serialises every access itself; `passwords` is a value.
public final class AccountStore: Sendable {
    public static let fileName = "brugere.sqlite"
    public let passwords: PasswordPolicy
    let database: DatabaseQueue
    /// A hash of a password nobody has, checked for unknown names so they take as long as known ones.
    private let stand_in: String

    /// Opens (and if needed creates, mode 0600) the account file in folder.
    public init(folder: StateFolder, passwords: PasswordPolicy = .standard) throws(AccountsError) {
        self.passwords = passwords
        let path = folder.file(Self.fileName)
        // Made readable by the owner only before SQLite opens it (SQLite gives its journal the
        // same mode), and narrowed if an older version left it readable to all.
        for suffix in ["", "-wal", "-shm", "-journal"] where suffix.isEmpty || FileManager.default.fileExists(atPath: path + suffix) {
            let descriptor = open(path + suffix, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
            if descriptor >= 0 { close(descriptor) }
            chmod(path + suffix, 0o600)
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw .database("\(error)")
        }
        stand_in = "$2b$\(passwords.cost < 10 ? "0" : "")\(passwords.cost)$" + String(repeating: "N", count: 53)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, role TEXT NOT NULL, centre TEXT,
                    password_hash TEXT NOT NULL, generation INTEGER NOT NULL DEFAULT 1,
                    created_at DATETIME NOT NULL, password_changed_at DATETIME NOT NULL);
                CREATE TABLE session (key TEXT NOT NULL PRIMARY KEY, value BLOB NOT NULL, expires_at DOUBLE);
                CREATE INDEX session_expiry ON session(expires_at);
                """)
        }
        // Accounts get ids that are never given again (from `account_id`, whose rows are never
        // deleted) and a key that makes look-alike names one (`Account.nameKey`); sessions hold
        // the account's id and go with it. Sessions from before hold only a name, so they end:
        // everyone logs in once more.
        migrator.registerMigration("account-ids-and-name-keys") { db in
            try db.execute(sql: """
                CREATE TABLE account_id (id INTEGER PRIMARY KEY AUTOINCREMENT, issued_at DATETIME NOT NULL);
                ALTER TABLE account ADD COLUMN id INTEGER;
                ALTER TABLE account ADD COLUMN name_key TEXT;
                ALTER TABLE session ADD COLUMN account_id INTEGER;
                DELETE FROM session;
                """)
            var keys = Set<String>()
            for row in try Row.fetchAll(db, sql: "SELECT name FROM account ORDER BY created_at, name") {
                let name: String = row["name"]
                let id = try issueID(db)
                // An older look-alike keeps the plain key; a later one is found by its exact name
                // only (its key ends in a control character, which no name may hold).
                var key = Account.nameKey(name)
                if keys.contains(key) { key += "\u{1F}\(id)" }
                keys.insert(key)
                try db.execute(sql: "UPDATE account SET id = ?, name_key = ? WHERE name = ? COLLATE BINARY", arguments: [id, key, name])
            }
            try db.execute(sql: """
                CREATE UNIQUE INDEX account_by_id ON account(id);
                CREATE UNIQUE INDEX account_by_key ON account(name_key);
                CREATE INDEX session_account ON session(account_id);
                """)
        }
        // Reminders and reports go out by e-mail; an account without an address gets none.
        migrator.registerMigration("2-email") { db in
            try db.execute(sql: "ALTER TABLE account ADD COLUMN email TEXT")
        }
        return migrator
    }

    /// A new account id, never given before.
    private static func issueID(_ db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO account_id (issued_at) VALUES (?)", arguments: [Date()])
        return db.lastInsertedRowID
    }

    /// Creates an account. An editor's centre must be one of centres (the catalogue's
    /// `centre.yaml` ids, from `OfferDirectory.catalogueCentres()`).
    @discardableResult
    /// The name is kept NFKC-normalised, and refused when it is one name with an existing
    /// account's (`Account.nameKey`) or breaks `Account.problem(withName:)`.
    public func create(name: String, password: String, role: Account.Role, centres: [String],
                       email: String? = nil) throws(AccountsError) -> Account {
        if let problem = Account.problem(withName: name) { throw .invalidName(problem) }
        if case let .editor(centre) = role, !centres.contains(centre) { throw .unknownCentre(centre, known: centres) }
        let hash = try passwords.hash(password)
        let now = Date()
        let (kind, centre) = Self.columns(role)
        let kept = Account.normalized(name)
        let id: Int64 = try write { db in
            if try Self.row(db, name) != nil { throw AccountsError.nameTaken(name) }
            let id = try Self.issueID(db)
            try db.execute(sql: """
                INSERT INTO account (id, name, name_key, role, centre, password_hash, generation, created_at, password_changed_at, email)
                VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
                """, arguments: [id, kept, Account.nameKey(name), kind, centre, hash, now, now, email])
            return id
        }
        return Account(id: id, name: kept, role: role, email: email)
    }

    /// Every account, by name.
    public func list() throws(AccountsError) -> [Account] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").compactMap(Self.account) }
    }

    /// The account called name (in any case or Unicode form, `Account.nameKey`), or nil.
    public func find(name: String) throws(AccountsError) -> Account? {
        try read { db in try Self.row(db, name).flatMap(Self.account) }
    }

    /// The account with id, or nil when it has been deleted.
    public func find(id: Int64) throws(AccountsError) -> Account? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id]).flatMap(Self.account) }
    }

    /// Deletes the account called name and, in the same transaction, its sessions.
    public func delete(name: String) throws(AccountsError) {
        try write { db in
            guard let row = try Self.row(db, name) else { throw AccountsError.unknownAccount(name) }
            let id: Int64? = row["id"]
            try db.execute(sql: "DELETE FROM session WHERE account_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM account WHERE id = ?", arguments: [id])
        }
    }

    /// Sets (or with nil removes) the e-mail address reminders and reports are sent to. The
    /// address is checked by the caller (the catalogue's contact rules, which this module does not know).
    @discardableResult
    public func changeEmail(name: String, to email: String?) throws(AccountsError) -> Account {
        try write { db in
            guard let id: Int64 = try Self.row(db, name)?["id"] else { throw AccountsError.unknownAccount(name) }
            try db.execute(sql: "UPDATE account SET email = ? WHERE id = ?", arguments: [email, id])
            guard let account = try Self.row(db, name).flatMap(Self.account) else { throw AccountsError.unknownAccount(name) }
            return account
        }
    }

    /// Gives the account called name a new password; sessions begun with the old one end.
    @discardableResult
    public func changePassword(name: String, to password: String) throws(AccountsError) -> Account {
        let hash = try passwords.hash(password)
        return try write { db in
            guard let id: Int64 = try Self.row(db, name)?["id"] else { throw AccountsError.unknownAccount(name) }
            try db.execute(sql: """
                UPDATE account SET password_hash = ?, generation = generation + 1, password_changed_at = ? WHERE id = ?
                """, arguments: [hash, Date(), id])
            guard let account = try Self.row(db, name).flatMap(Self.account) else { throw AccountsError.unknownAccount(name) }
            return account
        }
    }

    /// The account if name and password match, else nil. Slow (bcrypt) for known and unknown
    /// names alike, so the time taken does not tell which names exist; call it off an event loop.
    public func verify(name: String, password: String) throws(AccountsError) -> Account? {
        let found: (Account, String)? = try read { db in
            guard let row = try Self.row(db, name), let account = Self.account(row) else { return nil }
            return (account, row["password_hash"])
        }
        guard let (account, hash) = found else {
            _ = passwords.verify(password, hash: stand_in)
            return nil
        }
        return passwords.verify(password, hash: hash) ? account : nil
    }

    // MARK: Rows

    /// The account called exactly name, else the one whose name is one with it (`nameKey`).
    private static func row(_ db: Database, _ name: String) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ? COLLATE BINARY", arguments: [Account.normalized(name)])
            ?? Row.fetchOne(db, sql: "SELECT * FROM account WHERE name_key = ?", arguments: [Account.nameKey(name)])
    }

    private static func account(_ row: Row) -> Account? {
        let role: Account.Role
        switch row["role"] as String? {
        case "administrator": role = .administrator
        case "redaktoer": role = .editor(centre: row["centre"] ?? "")
        default: return nil
        }
        return Account(id: row["id"] ?? 0, name: row["name"], role: role, generation: row["generation"], email: row["email"])
    }

    private static func columns(_ role: Account.Role) -> (String, String?) {
        switch role {
        case .administrator: ("administrator", nil)
        case let .editor(centre): ("redaktoer", centre)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(AccountsError) -> T {
        do { return try database.read(body) } catch { throw Self.mapped(error) }
    }

    func write<T>(_ body: (Database) throws -> T) throws(AccountsError) -> T {
        do { return try database.write(body) } catch { throw Self.mapped(error) }
    }

    private static func mapped(_ error: any Error) -> AccountsError {
        (error as? AccountsError) ?? .database("\(error)")
    }
}
