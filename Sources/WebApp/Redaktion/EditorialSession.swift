import Foundation

/// What a logged-in browser's session holds (in the account file, under a random id that only
/// its cookie knows): whose it is, and the secret its form tokens are bound to.
public struct EditorialSession: Codable, Sendable {
    /// The account's id (`Account.id`, never given again): a session outlives neither its account
    /// nor its deletion and re-creation under the same name.
    public var accountID: Int64
    /// The account's name at login, for reading the account file by hand.
    public var account: String
    /// The account's `generation` at login: a password change since ends the session.
    public var generation: Int
    /// Random per session; `FormTokenSigner` binds this session's form tokens to it.
    public var tokenSecret: String
    public var started: Date
}
