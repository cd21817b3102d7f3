@testable import Directory
import Editorial
import Foundation
import OfferModel
import TestSupport
import Testing

/// An administrator gives an offer to another centre: one save path, and the new centre's
/// editors told by a real mail through msmtp to a real SMTP server.
@Suite struct HandoverTests {
    let recipients = [MailRecipient(name: "Ældre Ib", address: "ib@testby.dk", scope: .centre("aeldrecenter")),
                      MailRecipient(name: "Hanne Sund", address: "hanne@testby.dk", scope: .centre("sundhedscenter")),
                      MailRecipient(name: "Admin", address: "admin@testby.dk", scope: .administrator)]

    @Test(.outsidePrograms) func theOfferMovesWithAnAuditEntryAndTheNewCentreIsMailed() async throws {
        let post = try MailSink()
        let site = try EditorialFixture(post: PostOffice(sendmail: post.sendmail, from: "tilbud@testby.dk", publicAddress: "https://tilbud.testby.dk"))
        let version = try await site.service.editableOffer(id: "rygestop").version
        let outcome = try await site.service.handOver(id: "rygestop", to: "aeldrecenter", baseVersion: version, by: EditorialFixture.admin,
                                                recipients: recipients)
        guard case let .saved(saved) = outcome else { Issue.record("burde gemmes: \(outcome)"); return }
        #expect(saved.changes == [FieldChange(field: "center", old: "sundhedscenter", new: "aeldrecenter")])
        #expect(saved.notes == ["Ældrecentret har fået besked på e-mail (Ældre Ib)."])
        #expect(site.file("rygestop").contains("center: aeldrecenter"))
        #expect(try await site.directory.offer(id: "rygestop").offer.centre == "aeldrecenter")
        let trail = try await site.service.auditTrail(subject: "rygestop")
        #expect(trail.first?.action == .handedOver && trail.first?.user == "Admin")
        let messages = try await post.messages()
        #expect(messages.map(\.envelope_to) == [["ib@testby.dk"]])
        #expect(messages.first?.subject == "Tilbudsguiden: Rygestopkursus hører nu til Ældrecentret")
        #expect(messages.first?.links == ["https://tilbud.testby.dk/redaktion/tilbud/rygestop"])
    }

    @Test func onlyAnAdministratorHandsOverAndTheCentreMustExist() throws {
        let site = try EditorialFixture()
        let version = try site.service.editableOffer(id: "rygestop").version
        #expect(throws: DirectoryError.self) {
            try site.service.handOver(id: "rygestop", to: "aeldrecenter", baseVersion: version, by: EditorialFixture.health, recipients: recipients)
        }
        #expect(throws: DirectoryError.self) {
            try site.service.handOver(id: "rygestop", to: "findes-ikke", baseVersion: version, by: EditorialFixture.admin, recipients: recipients)
        }
        let outcome = try site.service.handOver(id: "rygestop", to: "aeldrecenter", baseVersion: version, by: EditorialFixture.admin, recipients: [])
        guard case let .saved(saved) = outcome else { Issue.record("burde gemmes: \(outcome)"); return }
        #expect(saved.notes.contains { $0.contains("ingen har fået besked") })
    }
}
