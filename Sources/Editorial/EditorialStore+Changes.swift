import Foundation
import GRDB
import OfferModel

/// A change to a catalogue file as the audit log keeps it while it is made: recorded as begun
/// before the file's new bytes are renamed into place, marked done after (with its commit and the
/// offer's reports), so a crash in between leaves a record the next start can finish.
public struct RecordedChange: Sendable, Hashable {
    /// The audit entry's id in the store.
    public var id: Int64
    public var entry: AuditEntry
    /// The file written.
    public var file: String
    /// The version (`EditorialService.version(of:)`) of the bytes it wrote.
    public var version: String
}

extension EditorialStore {
    /// Records entry as begun, for the bytes of version about to be renamed to file; returns its id.
    /// Until `finishChange`, it is not in the audit trail.
    public func beginChange(_ entry: AuditEntry, file: String, version: String) throws(EditorialError) -> Int64 {
        try write { db in try Self.insert(entry, state: "i-gang", file: file, version: version, into: db) }
    }

    /// Marks the change done, with its commit, and in the same transaction moves the open reports
    /// of `reportsFollow.offerID` to its (possibly new) centre, so they stay on the work list of
    /// the centre that now owns the offer.
    public func finishChange(id: Int64, commit: String?, reportsFollow: (offerID: String, centre: String)? = nil) throws(EditorialError) {
        try write { db in
            try db.execute(sql: "UPDATE audit SET state = 'faerdig', git_commit = ? WHERE id = ?", arguments: [commit, id])
            if let follow = reportsFollow {
                try db.execute(sql: "UPDATE report SET centre = ? WHERE offer_id = ? AND closed_at IS NULL AND centre <> ?",
                               arguments: [follow.centre, follow.offerID, follow.centre])
            }
        }
    }

    /// Marks a begun change as never made (its file was not renamed into place).
    public func abandonChange(id: Int64) throws(EditorialError) {
        try write { db in try db.execute(sql: "UPDATE audit SET state = 'afbrudt' WHERE id = ?", arguments: [id]) }
    }

    /// The changes begun and neither finished nor abandoned, oldest first.
    public func unfinishedChanges() throws(EditorialError) -> [RecordedChange] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE state = 'i-gang' ORDER BY id").map(Self.recordedChange)
        }
    }

    /// The latest finished change of subject that wrote the bytes of version and was never
    /// committed (git refused or could not run), if any.
    public func uncommittedChange(subject: String, version: String) throws(EditorialError) -> RecordedChange? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM audit WHERE subject = ? AND version = ? AND state = 'faerdig' AND git_commit IS NULL
                ORDER BY id DESC LIMIT 1
                """, arguments: [subject, version]).map(Self.recordedChange)
        }
    }

    /// Every finished change of a file that was never committed, oldest first.
    public func uncommittedChanges() throws(EditorialError) -> [RecordedChange] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM audit WHERE state = 'faerdig' AND git_commit IS NULL AND file IS NOT NULL AND version IS NOT NULL ORDER BY id
                """).map(Self.recordedChange)
        }
    }

    /// Sets the commit of a finished change that was committed later.
    public func setCommit(id: Int64, commit: String) throws(EditorialError) {
        try write { db in try db.execute(sql: "UPDATE audit SET git_commit = ? WHERE id = ?", arguments: [commit, id]) }
    }

    private static func recordedChange(_ row: Row) -> RecordedChange {
        RecordedChange(id: row["id"], entry: auditEntry(row), file: row["file"] ?? "", version: row["version"] ?? "")
    }
}
