import Accounts
import Testing

@Suite struct RateLimiterTests {
    let start = ContinuousClock.now

    @Test func allowsLimitPerWindowThenSaysHowLongToWait() {
        let limiter = RateLimiter(limit: 3, window: .seconds(60))
        for second in 0..<3 { #expect(limiter.attempt("10.0.0.1", now: start + .seconds(second)) == nil) }
        #expect(limiter.attempt("10.0.0.1", now: start + .seconds(10)) == .seconds(50))
        #expect(limiter.attempt("10.0.0.2", now: start + .seconds(10)) == nil, "another key has its own count")
        #expect(limiter.attempt("10.0.0.1", now: start + .seconds(60)) == nil, "the oldest has left the window")
        #expect(limiter.attempt("10.0.0.1", now: start + .seconds(60)) == .seconds(1))
        limiter.reset("10.0.0.1")
        #expect(limiter.retryAfter("10.0.0.1", now: start + .seconds(60)) == nil)
    }

    @Test func keepsAtMostCapacityKeys() {
        let limiter = RateLimiter(limit: 1, window: .seconds(60), capacity: 10)
        for key in 0..<100 { limiter.record("k\(key)", now: start + .seconds(key)) }
        // The ten most recently seen keys are kept, though the ten before them are in the window too.
        #expect((90..<100).allSatisfy { limiter.retryAfter("k\($0)", now: start + .seconds(99)) != nil })
        #expect(limiter.retryAfter("k89", now: start + .seconds(99)) == nil)
    }
}
