import HummingbirdBcrypt

/// How passwords are checked and hashed: at least `minimumLength` characters, at most
/// `maximumBytes` (bcrypt reads no further than 72 bytes, so a longer one would be cut without a
/// word), no control characters; bcrypt with cost `cost`.
///
/// Hashing and verifying are slow on purpose (cost 12 is about a quarter of a second here); a
/// server calls them off its event loop.
public struct PasswordPolicy: Sendable {
    public var minimumLength: Int
    public var maximumBytes: Int
    /// log2 of bcrypt's rounds, 4...31.
    public var cost: UInt8

    public init(minimumLength: Int = 10, maximumBytes: Int = 72, cost: UInt8 = 12) {
        precondition((4...31).contains(cost), "bcrypt cost must be 4...31")
        self.minimumLength = minimumLength
        self.maximumBytes = min(maximumBytes, 72)
        self.cost = cost
    }

    public static let standard = PasswordPolicy()

    /// Throws the Danish reason password cannot be used.
    public func check(_ password: String) throws(AccountsError) {
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .passwordHasControlCharacters
        }
        guard password.count >= minimumLength else { throw .passwordTooShort(minimum: minimumLength) }
        guard password.utf8.count <= maximumBytes else { throw .passwordTooLong(maximumBytes: maximumBytes) }
    }

    /// A salted bcrypt hash of a checked password.
    func hash(_ password: String) throws(AccountsError) -> String {
        try check(password)
        return Bcrypt.hash(password, cost: cost)
    }

    func verify(_ password: String, hash: String) -> Bool {
        // A password bcrypt would cut or stop at (NUL) never matches.
        guard password.utf8.count <= 72, !password.utf8.contains(0) else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}
