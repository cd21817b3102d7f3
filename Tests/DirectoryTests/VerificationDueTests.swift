@testable import Directory
import OfferModel
import Testing

@Suite struct VerificationDueTests {
    func offer(verified: String?, status: OfferStatus = .active) -> Offer {
        Offer(id: "a", name: "A", summary: "A.", needs: ["x"], centre: "c", status: status, lastVerified: verified.flatMap(CalendarDate.init))
    }

    @Test func dueHalfAYearAfterTheLastVerification() throws {
        let due = try #require(VerificationDue.of(offer(verified: "2026-10-01"), firstDue: nil, today: CalendarDate("2027-01-04")!))
        #expect(due.date == CalendarDate("2027-04-01")! && !due.neverVerified)
        #expect(due.state(today: CalendarDate("2027-01-04")!) == .later)
        #expect(due.state(today: CalendarDate("2027-03-15")!) == .dueSoon)
        #expect(due.state(today: CalendarDate("2027-04-02")!) == .overdue)
        #expect(due.state(today: CalendarDate("2027-05-01")!) == .overdue)
        #expect(due.state(today: CalendarDate("2027-05-02")!) == .escalated)
        #expect(due.daysOverdue(today: CalendarDate("2027-05-02")!) == 31)
    }

    @Test func neverVerifiedIsDueAtOnceAndEscalatesAMonthAfterItWasFirstFoundDue() throws {
        let today = CalendarDate("2027-01-04")!
        let fresh = try #require(VerificationDue.of(offer(verified: nil), firstDue: nil, today: today))
        #expect(fresh.neverVerified && fresh.date == today && fresh.state(today: today) == .dueSoon)
        let reminded = try #require(VerificationDue.of(offer(verified: nil), firstDue: CalendarDate("2026-12-01")!, today: today))
        #expect(reminded.state(today: today) == .escalated)
        #expect(VerificationDue.of(offer(verified: nil, status: .ended), firstDue: nil, today: today) == nil)
    }
}
