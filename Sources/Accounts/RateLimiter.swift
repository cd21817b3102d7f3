import Foundation

/// Counts events per key (a client address, a user name) over a sliding window and says when a
/// key has had `limit` of them within `window`: the login throttle counts wrong passwords with it,
/// an anonymous form (such as "Meld fejl") counts what each address sends.
///
/// Kept in memory: a restart forgets the counts. At most `capacity` keys are kept; past that the
/// keys whose events have all aged out go first, then the least recently seen.
///
/// `@unchecked Sendable`: every access to `events` holds `lock`.
public final class RateLimiter: @unchecked Sendable {
    public let limit: Int
    public let window: Duration
    public let capacity: Int
    private let lock = NSLock()
    private var events: [String: [ContinuousClock.Instant]] = [:]

    public init(limit: Int, window: Duration, capacity: Int = 10_000) {
        precondition(limit > 0 && window > .zero && capacity > 0)
        self.limit = limit
        self.window = window
        self.capacity = capacity
    }

    /// Records one event for key if it is still under its limit and returns nil; otherwise records
    /// nothing and returns how long until the next one is allowed.
    public func attempt(_ key: String, now: ContinuousClock.Instant = .now) -> Duration? {
        lock.withLock {
            if let wait = waitLocked(key, now: now) { return wait }
            recordLocked(key, now: now)
            return nil
        }
    }

    /// Records one event for key, over its limit or not.
    public func record(_ key: String, now: ContinuousClock.Instant = .now) {
        lock.withLock { recordLocked(key, now: now) }
    }

    /// How long until key is under its limit again; nil when it is under it now.
    public func retryAfter(_ key: String, now: ContinuousClock.Instant = .now) -> Duration? {
        lock.withLock { waitLocked(key, now: now) }
    }

    /// Forgets one event of key recorded at instant (an attempt given back).
    public func release(_ key: String, at instant: ContinuousClock.Instant) {
        lock.withLock {
            guard var times = events[key], let index = times.lastIndex(of: instant) else { return }
            times.remove(at: index)
            events[key] = times.isEmpty ? nil : times
        }
    }

    /// Forgets key's events.
    public func reset(_ key: String) {
        lock.withLock { _ = events.removeValue(forKey: key) }
    }

    private func waitLocked(_ key: String, now: ContinuousClock.Instant) -> Duration? {
        guard let recent = events[key].map({ $0.filter { now - $0 < window } }), recent.count >= limit else { return nil }
        // Allowed again when enough of the oldest have left the window.
        return recent[recent.count - limit] + window - now
    }

    private func recordLocked(_ key: String, now: ContinuousClock.Instant) {
        var recent = (events[key] ?? []).filter { now - $0 < window }
        recent.append(now)
        // More than limit never changes the answer; keep the newest.
        if recent.count > limit { recent.removeFirst(recent.count - limit) }
        events[key] = recent
        if events.count > capacity { pruneLocked(now: now) }
    }

    private func pruneLocked(now: ContinuousClock.Instant) {
        events = events.filter { _, times in times.contains { now - $0 < window } }
        while events.count > capacity, let oldest = events.min(by: { ($0.value.last ?? now) < ($1.value.last ?? now) })?.key {
            events.removeValue(forKey: oldest)
        }
    }
}
