import Crypto
import Foundation
import GRDB

/// The web face's sessions, kept as opaque values with an expiry in the account file, so they
/// outlive a restart of the server. The web face stores what its session middleware gives it.
///
/// Keys (which hold the session id of a cookie) are stored as SHA-256 digests, so a copy of the
/// file does not hand out sessions that still work.
extension AccountStore {
    /// Stores value under key; with `replacing: false`, returns false (and stores nothing) if key exists.
    /// A nil `expires` keeps the expiry key had. A session of an account names its id
    /// (`accountID`), so deleting the account deletes the session with it.
    @discardableResult
    public func storeSession(key: String, value: Data, expires: Date?, replacing: Bool = true,
                             accountID: Int64? = nil) throws(AccountsError) -> Bool {
        try write { db in
            let key = Self.digest(key)
            let existing = try Row.fetchOne(db, sql: "SELECT expires_at FROM session WHERE key = ?", arguments: [key])
            if existing != nil && !replacing { return false }
            let expiry = expires.map(\.timeIntervalSince1970) ?? existing?["expires_at"]
            try db.execute(sql: "INSERT OR REPLACE INTO session (key, value, expires_at, account_id) VALUES (?, ?, ?, ?)",
                           arguments: [key, value, expiry, accountID])
            return true
        }
    }

    /// The value under key and when it expires, or nil if there is none or it has expired.
    public func session(key: String, now: Date = Date()) throws(AccountsError) -> (value: Data, expires: Date?)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT value, expires_at FROM session WHERE key = ?",
                                            arguments: [Self.digest(key)]) else {
                return nil
            }
            let expiry: Double? = row["expires_at"]
            if let expiry, expiry <= now.timeIntervalSince1970 { return nil }
            return (row["value"], expiry.map(Date.init(timeIntervalSince1970:)))
        }
    }

    public func removeSession(key: String) throws(AccountsError) {
        try write { db in try db.execute(sql: "DELETE FROM session WHERE key = ?", arguments: [Self.digest(key)]) }
    }

    /// Deletes every expired session; returns how many.
    @discardableResult
    public func removeExpiredSessions(now: Date = Date()) throws(AccountsError) -> Int {
        try write { db in
            try db.execute(sql: "DELETE FROM session WHERE expires_at <= ?", arguments: [now.timeIntervalSince1970])
            return db.changesCount
        }
    }

    static func digest(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
