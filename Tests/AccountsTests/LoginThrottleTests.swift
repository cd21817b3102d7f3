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

    /// Checking and counting are one step: three reservations for a name pass, the fourth is
    /// refused before any password is checked (look-alike names count as one); a right password
    /// clears the name and gives the address its attempt back.
    @Test func anAttemptIsCountedBeforeItsPasswordIsCheckedAndARightOneGivesItBack() throws {
        var attempts: [LoginAttempt] = []
        for _ in 0..<3 { attempts.append(try throttle.reserve(name: "Ødegaard", address: "a", now: start)) }
        #expect(throws: AccountsError.tooManyAttempts(retryAfterSeconds: 901)) {
            try throttle.reserve(name: "ØDEGAARD", address: "b", now: start)
        }
        throttle.succeeded(attempts[0])
        _ = try throttle.reserve(name: "ødegaard", address: "a", now: start)
        // The address "a" has 5 (perAddress): 3 + 1, less the one given back, + 2 under other names.
        for index in 0..<2 { _ = try throttle.reserve(name: "navn-\(index)", address: "a", now: start) }
        #expect(throws: AccountsError.self) { try throttle.reserve(name: "helt-ny", address: "a", now: start) }
        // A refusal by the address counts nothing against the name.
        for _ in 0..<3 { _ = try throttle.reserve(name: "helt-ny", address: "c", now: start) }
    }
}
