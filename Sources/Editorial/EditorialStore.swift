import Foundation
import GRDB
import OfferModel

/// Redaktionen's own records in one SQLite file, `redaktion.sqlite` in the state folder: the
/// audit log, the error reports, the sundhed.dk packages made and the mail sent
/// (`EditorialStore+Mail`). Never inside `catalog/` (which
/// is reviewed in git) or `index/` (which is rebuilt at will).
///
/// `Sendable`: GRDB's `DatabaseQueue` serialises every access itself.
public final class EditorialStore: Sendable {
    public static let fileName = "redaktion.sqlite"
    private let database: DatabaseQueue

    /// Opens (and if needed creates) the store in folder, which is created readable by its owner
    /// only, like the file itself (SQLite gives its journal the file's mode).
    public init(folder: String) throws(EditorialError) {
        let path = folder + "/" + Self.fileName
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            PrivateFiles.prepare(path)
            for suffix in ["-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                PrivateFiles.prepare(path + suffix)
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw .database(Self.reason(error))
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1") { db in
            try db.execute(sql: """
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, at DATETIME NOT NULL, user TEXT NOT NULL,
                    subject TEXT NOT NULL, action TEXT NOT NULL, changes TEXT NOT NULL, git_commit TEXT);
                CREATE INDEX audit_subject ON audit(subject, at);
                CREATE TABLE report (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, offer_id TEXT NOT NULL, centre TEXT NOT NULL,
                    at DATETIME NOT NULL, text TEXT NOT NULL, reporter TEXT NOT NULL,
                    closed_at DATETIME, closed_by TEXT, closing_note TEXT);
                CREATE INDEX report_offer ON report(offer_id, closed_at);
                CREATE TABLE export (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, at DATETIME NOT NULL, user TEXT NOT NULL, folder TEXT NOT NULL);
                """)
        }
        // A change is recorded as begun before its file is renamed into place and marked done
        // after (`EditorialStore+Changes`); the file and the version of the bytes it wrote let a
        // restart finish a change a crash interrupted.
        migrator.registerMigration("audit-change-state") { db in
            try db.execute(sql: """
                ALTER TABLE audit ADD COLUMN state TEXT NOT NULL DEFAULT 'faerdig';
                ALTER TABLE audit ADD COLUMN file TEXT;
                ALTER TABLE audit ADD COLUMN version TEXT;
                CREATE INDEX audit_unfinished ON audit(state) WHERE state <> 'faerdig';
                """)
        }
        registerMailMigration(&migrator)
        return migrator
    }

    // MARK: Audit log

    /// Adds an entry; its id is given by the store.
    public func record(_ entry: AuditEntry) throws(EditorialError) {
        try write { db in _ = try Self.insert(entry, state: "faerdig", into: db) }
    }

    /// Inserts entry with state (and the file and version of a change) and returns its id.
    static func insert(_ entry: AuditEntry, state: String, file: String? = nil, version: String? = nil, into db: Database) throws -> Int64 {
        let changes = String(decoding: (try? JSONEncoder().encode(entry.changes)) ?? Data("[]".utf8), as: UTF8.self)
        try db.execute(sql: """
            INSERT INTO audit (at, user, subject, action, changes, git_commit, state, file, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [entry.at, entry.user, entry.subject, entry.action.rawValue, changes, entry.commit, state, file, version])
        return db.lastInsertedRowID
    }

    /// The entries about subject (an offer id or file name), newest first.
    public func auditTrail(subject: String, limit: Int = 200) throws(EditorialError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE subject = ? AND state = 'faerdig' ORDER BY at DESC, id DESC LIMIT ?",
                             arguments: [subject, limit]).map(Self.auditEntry)
        }
    }

    /// Every entry, oldest first (for tests and a full review).
    public func allAudit() throws(EditorialError) -> [AuditEntry] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE state = 'faerdig' ORDER BY id").map(Self.auditEntry) }
    }

    static func auditEntry(_ row: Row) -> AuditEntry {
        let changes = (row["changes"] as String?).flatMap { try? JSONDecoder().decode([FieldChange].self, from: Data($0.utf8)) } ?? []
        return AuditEntry(id: row["id"], at: row["at"], user: row["user"], subject: row["subject"],
                          action: AuditAction(rawValue: row["action"]) ?? .saved, changes: changes, commit: row["git_commit"])
    }

    // MARK: Error reports

    /// Files a new open report and returns it with its id.
    public func fileReport(_ report: ErrorReport) throws(EditorialError) -> ErrorReport {
        try write { db in
            try db.execute(sql: "INSERT INTO report (offer_id, centre, at, text, reporter) VALUES (?, ?, ?, ?, ?)",
                           arguments: [report.offerID, report.centre, report.at, report.text, report.reporter])
            var filed = report
            filed.id = db.lastInsertedRowID
            return filed
        }
    }

    public func report(id: Int64) throws(EditorialError) -> ErrorReport? {
        try read { db in try Row.fetchOne(db, sql: "SELECT * FROM report WHERE id = ?", arguments: [id]).map(Self.errorReport) }
    }

    /// The reports about an offer, open ones first, newest first within each.
    public func reports(offerID: String) throws(EditorialError) -> [ErrorReport] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM report WHERE offer_id = ? ORDER BY closed_at IS NOT NULL, at DESC, id DESC",
                             arguments: [offerID]).map(Self.errorReport)
        }
    }

    /// The open reports, of one centre or (nil) of all, oldest first.
    public func openReports(centre: String? = nil) throws(EditorialError) -> [ErrorReport] {
        try read { db in
            if let centre {
                return try Row.fetchAll(db, sql: "SELECT * FROM report WHERE closed_at IS NULL AND centre = ? ORDER BY at, id",
                                        arguments: [centre]).map(Self.errorReport)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM report WHERE closed_at IS NULL ORDER BY at, id").map(Self.errorReport)
        }
    }

    /// How many reports are open for offerID.
    public func openReportCount(offerID: String) throws(EditorialError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report WHERE closed_at IS NULL AND offer_id = ?", arguments: [offerID]) ?? 0
        }
    }

    /// Closes an open report and records it in the audit log (the report's text, the note), in
    /// one transaction: both or neither. Nil when there is no open report with that id.
    public func closeReport(id: Int64, by user: String, note: String, at: Date) throws(EditorialError) -> ErrorReport? {
        try write { db in
            try db.execute(sql: "UPDATE report SET closed_at = ?, closed_by = ?, closing_note = ? WHERE id = ? AND closed_at IS NULL",
                           arguments: [at, user, note, id])
            guard db.changesCount == 1,
                  let closed = try Row.fetchOne(db, sql: "SELECT * FROM report WHERE id = ?", arguments: [id]).map(Self.errorReport) else {
                return nil
            }
            _ = try Self.insert(AuditEntry(at: at, user: user, subject: closed.offerID, action: .reportClosed,
                                           changes: [FieldChange(field: "fejlmelding", old: closed.text, new: note)]),
                                state: "faerdig", into: db)
            return closed
        }
    }

    private static func errorReport(_ row: Row) -> ErrorReport {
        ErrorReport(id: row["id"], offerID: row["offer_id"], centre: row["centre"], at: row["at"], text: row["text"],
                    reporter: row["reporter"], closedAt: row["closed_at"], closedBy: row["closed_by"], closingNote: row["closing_note"])
    }

    // MARK: sundhed.dk packages

    public func recordExport(folder: String, user: String, at: Date) throws(EditorialError) {
        try write { db in
            try db.execute(sql: "INSERT INTO export (at, user, folder) VALUES (?, ?, ?)", arguments: [at, user, folder])
        }
    }

    /// The latest package made, if any.
    public func lastExport() throws(EditorialError) -> ExportRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM export ORDER BY id DESC LIMIT 1").map {
                ExportRecord(id: $0["id"], at: $0["at"], user: $0["user"], folder: $0["folder"])
            }
        }
    }

    // MARK: Access

    func read<T>(_ body: (Database) throws -> T) throws(EditorialError) -> T {
        do { return try database.read(body) } catch { throw .database(Self.reason(error)) }
    }

    /// Runs body in one transaction: all its rows are written, or none.
    func write<T>(_ body: (Database) throws -> T) throws(EditorialError) -> T {
        do { return try database.write(body) } catch { throw .database(Self.reason(error)) }
    }

    /// SQLite's own words for what failed ("disk I/O error", "database or disk is full"), without
    /// the statement GRDB adds.
    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
