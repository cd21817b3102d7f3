import OfferModel

/// When an offer should be verified next, and how late it is: six months after
/// `sidst_verificeret` (half-yearly rounds, as sundhed.dk), at once when it was never verified.
public struct VerificationDue: Sendable, Hashable {
    /// Where an offer stands on the schedule on a given day.
    public enum State: Int, Sendable, Hashable, Comparable {
        /// Not due within the next month.
        case later
        /// Falls due within the next month, before the next monthly reminder.
        case dueSoon
        /// Its day has passed.
        case overdue
        /// More than `escalationDays` past its day: the administrators are told, offer by offer.
        case escalated

        public static func < (a: State, b: State) -> Bool { a.rawValue < b.rawValue }
    }

    /// Days an offer may be overdue before the administrators hear of it.
    public static let escalationDays = 30
    /// How far ahead "due soon" looks: the month until the next reminder.
    public static let lookAheadDays = 31

    /// The day it is (was) due. For a never-verified offer: the day it was first found due.
    public var date: CalendarDate
    public var neverVerified: Bool

    /// The schedule of offer (nil for an ended one). `firstDue` is the day a never-verified
    /// offer was first found due (kept by `tilbud paamind`); without it, today.
    public static func of(_ offer: Offer, firstDue: CalendarDate?, today: CalendarDate) -> VerificationDue? {
        guard offer.status != .ended else { return nil }
        if let due = UpkeepTask.dueDate(verified: offer.lastVerified) { return VerificationDue(date: due, neverVerified: false) }
        return VerificationDue(date: min(firstDue ?? today, today), neverVerified: true)
    }

    public func state(today: CalendarDate) -> State {
        let late = date.days(until: today)
        if late > Self.escalationDays { return .escalated }
        if late > 0 { return .overdue }
        if neverVerified || -late <= Self.lookAheadDays { return .dueSoon }
        return .later
    }

    /// Whole days past the due date (0 when not yet due).
    public func daysOverdue(today: CalendarDate) -> Int { max(0, date.days(until: today)) }
}
