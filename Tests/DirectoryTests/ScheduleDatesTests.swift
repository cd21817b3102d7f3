@testable import Directory
import OfferModel
import Testing

/// Dates in `tid` as staff write them; everything else names no date.
@Suite struct ScheduleDatesTests {
    let today = CalendarDate("2026-11-24")!

    @Test func theFormsStaffWrite() {
        let dates = ScheduleDates("Holdstart 5. januar 2027, 2027-03-04 og 12/4-2027; sidste gang 1.6.2027.", assumedYear: 2026).all
        #expect(dates.map(\.description) == ["2027-01-05", "2027-03-04", "2027-04-12", "2027-06-01"])
    }

    @Test func aDayAndMonthWithoutYearIsInTheAssumedYear() {
        #expect(ScheduleDates("Næste møde 3. december.", assumedYear: 2026).all.map(\.description) == ["2026-12-03"])
    }

    @Test func onlyUpcomingDatesEarliestFirstOnce() {
        let dates = ScheduleDates("2027-02-01, 2026-11-24, 2026-01-05 og igen 2027-02-01")
        #expect(dates.upcoming(from: today).map(\.description) == ["2026-11-24", "2027-02-01"])
    }

    @Test func wordsThatAreNoDates() {
        for text in ["En gang om ugen.", "2 gange om året (forår og efterår); 8 uger med 2 timer om ugen.", "Hver 8. uge",
                     "Tilbud efter 75 år", "31. februar 2027", "kl. 10.30-12", ""] {
            #expect(ScheduleDates(text).all.isEmpty, "\(text)")
        }
    }
}
