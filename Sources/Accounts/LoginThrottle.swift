import Foundation

/// Slows down and then refuses guessing passwords, per user name and per client address.
///
/// The standard numbers: every wrong password is answered after `failureDelay` (1 second); after
/// 5 wrong passwords for one user name, or 20 from one address, within 15 minutes, logging in
/// with that name or from that address is refused (even with the right password) until the
/// oldest of those attempts is 15 minutes old. A right password clears the count of its user
/// name, not of its address. Counts are kept in memory (`RateLimiter`); a restart forgets them.
public final class LoginThrottle: Sendable {
    public struct Policy: Sendable {
        public var perName: Int
        public var perAddress: Int
        public var window: Duration
        /// How long a wrong password waits before it is answered.
        public var failureDelay: Duration

        public init(perName: Int = 5, perAddress: Int = 20, window: Duration = .seconds(15 * 60),
                    failureDelay: Duration = .seconds(1)) {
            self.perName = perName
            self.perAddress = perAddress
            self.window = window
            self.failureDelay = failureDelay
        }

        public static let standard = Policy()
    }

    public let policy: Policy
    private let names: RateLimiter
    private let addresses: RateLimiter
    /// Makes a reservation's two counts one step (`reserve`).
    private let reserving = NSLock()

    public init(policy: Policy = .standard) {
        self.policy = policy
        names = RateLimiter(limit: policy.perName, window: policy.window)
        addresses = RateLimiter(limit: policy.perAddress, window: policy.window)
    }

    /// Counts a login attempt for name and address before its password is checked, or throws
    /// `tooManyAttempts` (with how long to wait) when either has had too many lately. Checking and
    /// counting are one step, so a burst of simultaneous attempts gets `perName` (or
    /// `perAddress`) password checks and no more, wrong or right. A right password gives the
    /// attempt back (`succeeded`).
    public func reserve(name: String, address: String, now: ContinuousClock.Instant = .now) throws(AccountsError) -> LoginAttempt {
        let key = Self.key(name)
        let wait: Duration? = reserving.withLock {
            if let wait = names.attempt(key, now: now) { return wait }
            if let wait = addresses.attempt(address, now: now) {
                names.release(key, at: now)
                return wait
            }
            return nil
        }
        if let wait { throw .tooManyAttempts(retryAfterSeconds: max(1, Int(wait.components.seconds) + 1)) }
        return LoginAttempt(key: key, address: address, at: now)
    }

    /// The attempt had the right password: the name's count is cleared, and the address gets its
    /// attempt back (only wrong passwords count against an address).
    public func succeeded(_ attempt: LoginAttempt) {
        names.reset(attempt.key)
        addresses.release(attempt.address, at: attempt.at)
    }

    /// Throws `tooManyAttempts` (with how long to wait) when name or address has failed too often lately.
    public func check(name: String, address: String, now: ContinuousClock.Instant = .now) throws(AccountsError) {
        let waits = [names.retryAfter(Self.key(name), now: now), addresses.retryAfter(address, now: now)].compactMap { $0 }
        if let wait = waits.max() {
            throw .tooManyAttempts(retryAfterSeconds: max(1, Int(wait.components.seconds) + 1))
        }
    }

    public func recordFailure(name: String, address: String, now: ContinuousClock.Instant = .now) {
        names.record(Self.key(name), now: now)
        addresses.record(address, now: now)
    }

    public func recordSuccess(name: String) {
        names.reset(Self.key(name))
    }

    /// Names that are one name (`Account.nameKey`) are counted as one.
    private static func key(_ name: String) -> String { Account.nameKey(name) }
}

/// A login attempt counted by `LoginThrottle.reserve`, to be given back if its password was right.
public struct LoginAttempt: Sendable {
    let key: String
    let address: String
    let at: ContinuousClock.Instant
}
