import Accounts
import Foundation
import Testing

@Suite struct FormTokenSignerTests {
    let signer = FormTokenSigner(key: Array(repeating: 7, count: 32), lifetime: .seconds(3600))
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aTokenHoldsOnlyForItsPurposeBindingAndTime() {
        let token = signer.token(purpose: "redaktion", binding: "sessionens-hemmelighed", now: now)
        #expect(signer.isValid(token, purpose: "redaktion", binding: "sessionens-hemmelighed", now: now.addingTimeInterval(3599)))
        #expect(!signer.isValid(token, purpose: "meld-fejl", binding: "sessionens-hemmelighed", now: now))
        #expect(!signer.isValid(token, purpose: "redaktion", binding: "en-anden-session", now: now))
        #expect(!signer.isValid(token, purpose: "redaktion", binding: "sessionens-hemmelighed", now: now.addingTimeInterval(3601)))
        #expect(!signer.isValid(token, purpose: "redaktion", binding: "sessionens-hemmelighed", now: now.addingTimeInterval(-120)))
        let other = FormTokenSigner(key: Array(repeating: 8, count: 32))
        #expect(!other.isValid(token, purpose: "redaktion", binding: "sessionens-hemmelighed", now: now))
    }

    @Test func changedOrMalformedTokensAreRefused() {
        let token = signer.token(purpose: "p", binding: "b", now: now)
        let (time, mac) = (token.split(separator: ".")[0], token.split(separator: ".")[1])
        let later = "\(Int(time)! + 1).\(mac)"
        var flipped = Array(mac)
        flipped[5] = flipped[5] == "A" ? "B" : "A"
        for bad in [later, "\(time).\(String(flipped))", "", ".", "\(time).", "x.\(mac)", token + "A", "\(time).\(mac).\(mac)"] {
            #expect(!signer.isValid(bad, purpose: "p", binding: "b", now: now), "\(bad)")
        }
    }

    @Test func randomValuesDiffer() {
        let values = (0..<50).map { _ in FormTokenSigner.randomValue() }
        #expect(Set(values).count == 50)
        #expect(values.allSatisfy { $0.count == 43 })
    }
}
