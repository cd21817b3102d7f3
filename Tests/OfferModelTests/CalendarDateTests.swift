import OfferModel
import Testing

@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDays() {
        #expect(CalendarDate("2026-02-28") != nil)
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("26-01-01") == nil)
        #expect(CalendarDate("1. marts 2026") == nil)
        #expect(CalendarDate("2026-3-1") == nil)
    }

    @Test func printsAsISO() {
        #expect(CalendarDate("2026-03-01")!.description == "2026-03-01")
    }

    @Test func sixMonthRule() {
        let today = CalendarDate("2026-11-24")!
        #expect(!CalendarDate("2026-05-24")!.isOlder(thanMonths: 6, before: today))
        #expect(CalendarDate("2026-05-23")!.isOlder(thanMonths: 6, before: today))
        let endOfMonth = CalendarDate("2026-08-31")!
        #expect(!CalendarDate("2026-02-28")!.isOlder(thanMonths: 6, before: endOfMonth))
    }

    @Test func ordersByDay() {
        #expect(CalendarDate("2025-12-31")! < CalendarDate("2026-01-01")!)
        #expect(CalendarDate("1970-01-01")!.dayNumber == 0)
    }
}

@Suite struct CalendarDateArithmeticTests {
    @Test func monthsAreAddedWithTheLastDayKept() {
        #expect(CalendarDate("2026-03-31")!.adding(months: 6) == CalendarDate("2026-09-30")!)
        #expect(CalendarDate("2026-08-31")!.adding(months: 6) == CalendarDate("2027-02-28")!)
        #expect(CalendarDate("2026-01-15")!.adding(months: -1) == CalendarDate("2025-12-15")!)
    }

    @Test func daysRoundTripThroughTheirNumber() {
        for text in ["1970-01-01", "2000-02-29", "2026-12-31", "2027-03-01"] {
            let date = CalendarDate(text)!
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        }
        #expect(CalendarDate("2026-12-30")!.adding(days: 3) == CalendarDate("2027-01-02")!)
        #expect(CalendarDate("2026-01-01")!.days(until: CalendarDate("2026-02-01")!) == 31)
    }
}
