import Foundation
import GRDB

/// Redaktionen's own records in one SQLite file, `redaktion.sqlite` in the state folder: the
/// audit log, the error reports, the sundhed.dk packages made and the mail sent
/// (`EditorialStore+Mail`). Never inside `catalog/` (which
/// is reviewed in git) or `index/` (which is rebuilt at will).
///
/// `Sendable`: GRDB's `DatabaseQueue` serialises every access itself.
public final class EditorialStore: Sendable {
    public static let fileName = "redaktion.sqlite"
    private let database: DatabaseQueue

    /// Opens (and if needed creates) the store in folder, which is created readable by its owner only.
    public init(folder: String) throws(EditorialError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            database = try DatabaseQueue(path: folder + "/" + Self.fileName, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw .database("\(error)")
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
        registerMailMigration(&migrator)
        return migrator
    }

    // MARK: Audit log

    /// Adds an entry; its id is given by the store.
    public func record(_ entry: AuditEntry) throws(EditorialError) {
        let changes = String(decoding: (try? JSONEncoder().encode(entry.changes)) ?? Data("[]".utf8), as: UTF8.self)
        try write { db in
            try db.execute(sql: "INSERT INTO audit (at, user, subject, action, changes, git_commit) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [entry.at, entry.user, entry.subject, entry.action.rawValue, changes, entry.commit])
        }
    }

    /// The entries about subject (an offer id or file name), newest first.
    public func auditTrail(subject: String, limit: Int = 200) throws(EditorialError) -> [AuditEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE subject = ? ORDER BY at DESC, id DESC LIMIT ?",
                             arguments: [subject, limit]).map(Self.auditEntry)
        }
    }

    /// Every entry, oldest first (for tests and a full review).
    public func allAudit() throws(EditorialError) -> [AuditEntry] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id").map(Self.auditEntry) }
    }

    private static func auditEntry(_ row: Row) -> AuditEntry {
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

    /// Closes an open report; nil when there is no open report with that id.
    public func closeReport(id: Int64, by user: String, note: String, at: Date) throws(EditorialError) -> ErrorReport? {
        try write { db in
            try db.execute(sql: "UPDATE report SET closed_at = ?, closed_by = ?, closing_note = ? WHERE id = ? AND closed_at IS NULL",
                           arguments: [at, user, note, id])
            guard db.changesCount == 1 else { return nil }
            return try Row.fetchOne(db, sql: "SELECT * FROM report WHERE id = ?", arguments: [id]).map(Self.errorReport)
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
        do { return try database.read(body) } catch { throw .database("\(error)") }
    }

    func write<T>(_ body: (Database) throws -> T) throws(EditorialError) -> T {
        do { return try database.write(body) } catch { throw .database("\(error)") }
    }
}
