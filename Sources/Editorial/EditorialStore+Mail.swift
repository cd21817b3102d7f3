import Foundation
import GRDB

extension EditorialStore {
    static func registerMailMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2-post") { db in
            try db.execute(sql: """
                CREATE TABLE mail (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, recipient TEXT NOT NULL, key TEXT NOT NULL,
                    day TEXT NOT NULL, created_at DATETIME NOT NULL, sent_at DATETIME, attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT, offers TEXT NOT NULL DEFAULT '[]');
                CREATE UNIQUE INDEX mail_once ON mail(kind, recipient, key, day);
                CREATE INDEX mail_key ON mail(kind, key, sent_at);
                CREATE TABLE due_since (offer_id TEXT NOT NULL PRIMARY KEY, since TEXT NOT NULL);
                """)
        }
    }

    /// The message of this kind for recipient about key on day, made (unsent) if there is none
    /// yet; an unsent one gets the offers given now. The record says whether it was sent already.
    public func plan(_ kind: MailRecord.Kind, to recipient: String, key: String, day: String, offers: [String],
                     at now: Date) throws(EditorialError) -> MailRecord {
        let listed = String(decoding: (try? JSONEncoder().encode(offers)) ?? Data("[]".utf8), as: UTF8.self)
        return try write { db in
            try db.execute(sql: """
                INSERT INTO mail (kind, recipient, key, day, created_at, offers) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(kind, recipient, key, day) DO UPDATE SET offers = excluded.offers WHERE sent_at IS NULL
                """, arguments: [kind.rawValue, recipient, key, day, now, listed])
            let row = try Row.fetchOne(db, sql: "SELECT * FROM mail WHERE kind = ? AND recipient = ? AND key = ? AND day = ?",
                                       arguments: [kind.rawValue, recipient, key, day])
            return Self.mailRecord(row!)
        }
    }

    /// Records that the message was handed to the mail transport.
    public func markSent(_ id: Int64, at now: Date) throws(EditorialError) {
        try write { db in
            try db.execute(sql: "UPDATE mail SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?", arguments: [now, id])
        }
    }

    /// Records a failed try; the message stays unsent, to be sent by the next run.
    public func markFailed(_ id: Int64, reason: String) throws(EditorialError) {
        try write { db in
            try db.execute(sql: "UPDATE mail SET attempts = attempts + 1, last_error = ? WHERE id = ?", arguments: [reason, id])
        }
    }

    /// When a message of kind about key was last sent to anyone, if ever.
    public func lastSent(_ kind: MailRecord.Kind, key: String) throws(EditorialError) -> Date? {
        try read { db in
            try Date.fetchOne(db, sql: "SELECT MAX(sent_at) FROM mail WHERE kind = ? AND key = ? AND sent_at IS NOT NULL",
                              arguments: [kind.rawValue, key])
        }
    }

    /// Every message not yet sent, oldest first.
    public func unsentMail() throws(EditorialError) -> [MailRecord] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM mail WHERE sent_at IS NULL ORDER BY id").map(Self.mailRecord) }
    }

    /// Every message, oldest first (for tests and a full review).
    public func allMail() throws(EditorialError) -> [MailRecord] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM mail ORDER BY id").map(Self.mailRecord) }
    }

    /// The day (`YYYY-MM-DD`) each never-verified offer was first found due; the escalation
    /// after 30 days counts from it.
    public func dueSince() throws(EditorialError) -> [String: String] {
        try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT offer_id, since FROM due_since").map {
                ($0["offer_id"] as String, $0["since"] as String)
            })
        }
    }

    /// Records day as the day these offers were first found due, for those that have none.
    public func recordDue(_ offerIDs: [String], since day: String) throws(EditorialError) {
        guard !offerIDs.isEmpty else { return }
        try write { db in
            for id in offerIDs {
                try db.execute(sql: "INSERT OR IGNORE INTO due_since (offer_id, since) VALUES (?, ?)", arguments: [id, day])
            }
        }
    }

    private static func mailRecord(_ row: Row) -> MailRecord {
        let offers = (row["offers"] as String?).flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        return MailRecord(id: row["id"], kind: MailRecord.Kind(rawValue: row["kind"]) ?? .reminder, recipient: row["recipient"],
                          key: row["key"], day: row["day"], createdAt: row["created_at"], sentAt: row["sent_at"],
                          attempts: row["attempts"], lastError: row["last_error"], offers: offers)
    }
}
