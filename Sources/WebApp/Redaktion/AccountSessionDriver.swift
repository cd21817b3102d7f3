import Accounts
import Foundation
import Hummingbird

/// hummingbird-auth's session storage kept in the account file (`AccountStore+Sessions`), so a
/// restart of the server logs nobody out and a deleted account's sessions go with it (each row
/// names its account's id).
struct AccountSessionDriver: PersistDriver {
    let store: AccountStore

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard try store.storeSession(key: key, value: try JSONEncoder().encode(value), expires: Self.date(expires),
                                     replacing: false, accountID: Self.accountID(value)) else { throw PersistError.duplicate }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        try store.storeSession(key: key, value: try JSONEncoder().encode(value), expires: Self.date(expires), accountID: Self.accountID(value))
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await getWithTTL(key: key, as: type)?.object
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        guard let (data, expires) = try store.session(key: key) else { return nil }
        guard let object = try? JSONDecoder().decode(type, from: data) else { throw PersistError.invalidConversion }
        return (object, expires.map { .milliseconds(Int64($0.timeIntervalSinceNow * 1000)) })
    }

    func remove(key: String) async throws {
        try store.removeSession(key: key)
    }

    /// The account a session belongs to, stored beside it so deleting the account deletes it.
    private static func accountID(_ value: some Sendable) -> Int64? {
        (value as? EditorialSession)?.accountID
    }

    private static func date(_ duration: Duration?) -> Date? {
        duration.map { Date(timeIntervalSinceNow: Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18) }
    }
}
