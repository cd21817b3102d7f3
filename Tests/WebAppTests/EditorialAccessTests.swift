import Accounts
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport
@testable import WebApp

@Suite struct EditorialAccessTests {
    @Test func anonymousFormsAreLimitedPerAddressWithADanishMessage() throws {
        let site = try EditorialSite { $0.reportsPerAddress = 3 }
        for _ in 0..<3 { try site.access.count("10.0.0.1", in: site.access.reportLimiter) }
        let error = #expect(throws: WebError.self) { try site.access.count("10.0.0.1", in: site.access.reportLimiter) }
        guard case let .tooManyRequests(message, seconds) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(message == "Der er sendt for mange på kort tid fra denne computer. Prøv igen om 60 minutter.")
        #expect(seconds > 3500)
        try site.access.count("10.0.0.2", in: site.access.reportLimiter)
    }

    @Test func settingsWithABadHeaderNameAreRefusedInDanish() {
        #expect(EditorialSettings().problems.isEmpty)
        #expect(EditorialSettings(trustedUserHeader: "X Remote User").problems == ["SSO-headeren 'X Remote User' er ikke et gyldigt navn på en HTTP-header."])
    }

    @Test func theStateFolderStaysOutOfTheCatalogue() throws {
        let folder = TemporaryFolder("redaktion")
        #expect(throws: AccountsError.self) {
            try EditorialAccess(settings: EditorialSettings(stateFolder: folder.at("catalog/.tilstand")), outside: [folder.at("catalog")])
        }
    }

    /// Two addresses behind a proxy are counted apart only when the proxy's header is configured.
    @Test(arguments: [false, true]) func theClientAddressComesFromTheProxyHeaderOnlyWhenConfigured(configured: Bool) async throws {
        let header = HTTPFields.Element.Name("X-Forwarded-For")!
        let policy = LoginThrottle.Policy(perName: 10, perAddress: 2, failureDelay: .zero)
        let site = try EditorialSite {
            $0.loginThrottle = policy
            if configured { $0.clientAddressHeader = "X-Forwarded-For" }
        }
        try await site.run { client in
            var guesser = Visitor(client, headers: [header: "10.0.0.1, 203.0.113.9"])
            for index in 0..<2 { _ = try await guesser.logIn("navn-\(index)") }
            #expect(try await guesser.logIn("anna").status == .tooManyRequests)
            var colleague = Visitor(client, headers: [header: "10.0.0.1, 203.0.113.10"])
            #expect(try await colleague.logIn("anna").status == (configured ? .seeOther : .tooManyRequests))
        }
    }
}
