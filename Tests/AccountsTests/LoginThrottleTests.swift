import Accounts
import Testing

@Suite struct LoginThrottleTests {
    let start = ContinuousClock.now
    let throttle = LoginThrottle(policy: .init(perName: 3, perAddress: 5, window: .seconds(900), failureDelay: .zero))

    @Test func aUserNameIsRefusedAfterRepeatedFailuresWithADanishWait() throws {
        for _ in 0..<3 {
            try throttle.check(name: "anna", address: "a", now: start)
            throttle.recordFailure(name: "ANNA", address: "a", now: start)
        }
        let error = #expect(throws: AccountsError.self) { try throttle.check(name: "anna", address: "b", now: start + .seconds(60)) }
        #expect(error?.description == "For mange forkerte forsøg på at logge ind. Prøv igen om 15 minutter.")
        try throttle.check(name: "bo", address: "b", now: start + .seconds(60))
        try throttle.check(name: "anna", address: "b", now: start + .seconds(900))
    }

    @Test func anAddressIsRefusedAfterFailuresUnderManyNames() throws {
        for index in 0..<5 { throttle.recordFailure(name: "navn\(index)", address: "10.1.1.1", now: start) }
        #expect(throws: AccountsError.tooManyAttempts(retryAfterSeconds: 901)) {
            try throttle.check(name: "helt-ny", address: "10.1.1.1", now: start)
        }
        try throttle.check(name: "helt-ny", address: "10.1.1.2", now: start)
    }

    @Test func successClearsTheNameButNotTheAddress() throws {
        for _ in 0..<2 { throttle.recordFailure(name: "anna", address: "a", now: start) }
        throttle.recordSuccess(name: "anna")
        for _ in 0..<2 { throttle.recordFailure(name: "anna", address: "a", now: start) }
        try throttle.check(name: "anna", address: "a", now: start)
        throttle.recordFailure(name: "bo", address: "a", now: start)
        #expect(throws: AccountsError.self) { try throttle.check(name: "carl", address: "a", now: start) }
    }

    @Test func theStandardNumbers() {
        let standard = LoginThrottle.Policy.standard
        #expect(standard.perName == 5 && standard.perAddress == 20 && standard.window == .seconds(900))
        #expect(standard.failureDelay == .seconds(1))
    }
}
