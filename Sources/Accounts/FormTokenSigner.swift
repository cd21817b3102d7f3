import Crypto
import Foundation

/// Tokens that forms carry against cross-site requests (CSRF).
///
/// A token is `<seconds>.<signature>`: when it was made, and an HMAC-SHA256 over its purpose
/// (which form), its binding (a session's own secret, or the value of a cookie only this site's
/// pages set) and that time, with the state folder's key. It is valid only for the same purpose
/// and binding, for `lifetime`. So a page of another site can neither read one nor make one.
public struct FormTokenSigner: Sendable {
    private let key: SymmetricKey
    public let lifetime: Duration

    public init(key: [UInt8], lifetime: Duration = .seconds(12 * 60 * 60)) {
        self.key = SymmetricKey(data: key)
        self.lifetime = lifetime
    }

    /// A token for purpose bound to binding.
    public func token(purpose: String, binding: String, now: Date = Date()) -> String {
        let seconds = Int(now.timeIntervalSince1970)
        return "\(seconds).\(Self.base64URL(signature(purpose: purpose, binding: binding, seconds: seconds)))"
    }

    /// Whether token was made by this key for purpose and binding, and is not too old.
    public func isValid(_ token: String, purpose: String, binding: String, now: Date = Date()) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count <= 12, let seconds = Int(parts[0]),
              let mac = Self.bytes(base64URL: String(parts[1])) else { return false }
        let age = Int(now.timeIntervalSince1970) - seconds
        // A minute of grace for clocks that differ between the machines of a cluster.
        guard age >= -60, age <= Int(lifetime.components.seconds) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: message(purpose, binding, seconds), using: key)
    }

    /// 32 random bytes as base64url text: a session's token secret, an anonymous form cookie.
    public static func randomValue() -> String {
        base64URL((0..<32).map { _ in UInt8.random(in: .min ... .max) })
    }

    private func signature(purpose: String, binding: String, seconds: Int) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: message(purpose, binding, seconds), using: key))
    }

    private func message(_ purpose: String, _ binding: String, _ seconds: Int) -> Data {
        Data("\(purpose)\u{0}\(binding)\u{0}\(seconds)".utf8)
    }

    static func base64URL(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func bytes(base64URL text: String) -> Data? {
        guard text.count <= 64 else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
