internal import OfferIndex
import OfferModel

/// One offer as an info screen shows it.
public struct ScreenSlide: Sendable, Hashable {
    public var offer: Offer
    /// The offer's centre when the catalogue names it (its contact is the second choice).
    public var centre: Centre?
    /// The dates `tid` names from today on, at most `ScreenShow.maxDates`; see `ScheduleDates`.
    public var upcomingDates: [CalendarDate]
    /// Whether `tid` names dates at all: then only the upcoming ones are shown, never the text.
    public var scheduleHasDates: Bool
}

/// What a screen shows now: its settings as the live index has them and the offers it shows,
/// in order. Only offers with status `aktiv` are shown: a paused or ended offer is left out.
public struct ScreenShow: Sendable {
    public var screen: Screen
    public var slides: [ScreenSlide]
    public var municipality: Municipality
    /// Every centre, for the one contact line (`ContactRoute`: the offer's centre, then the unit
    /// that runs the tool).
    public var centres: [Centre]

    /// A selection by need and age group shows at most this many offers (the named ones always).
    public static let maxSelected = 30
    /// At most this many of the next dates are shown.
    public static let maxDates = 3
}

extension OfferDirectory {
    /// The info screens of the live index, as `skaerme.yaml` lists them.
    public func screens() throws(DirectoryError) -> [Screen] {
        let searcher = try searcher()
        do { return try searcher.screens() } catch { throw .index(error) }
    }

    /// Screen `id` as it should look now; nil when the live index has no screen by that id.
    /// Read from the index's newest commit each time, so an edited, paused or ended offer and a
    /// changed screen show at the next call.
    public func screenShow(id: String, today: CalendarDate = .today()) throws(DirectoryError) -> ScreenShow? {
        guard let screen = try screens().first(where: { $0.id == id }) else { return nil }
        return try screenShow(for: screen, today: today)
    }

    /// A screen as it would look with the live index's offers, saved or not (Redaktionen's preview).
    public func screenShow(for screen: Screen, today: CalendarDate = .today()) throws(DirectoryError) -> ScreenShow {
        let searcher = try searcher()
        do {
            var offers: [Offer] = []
            for id in screen.offers {
                if let offer = try searcher.offer(id: id), offer.status == .active { offers.append(offer) }
            }
            if let selection = screen.selection {
                let named = Set(screen.offers)
                let found = try searcher.search(SearchRequest(needs: selection.needs, limit: SearchRequest.maxLimit))
                let fitting = found.hits.map(\.offer).filter { offer in
                    offer.status == .active && !named.contains(offer.id) && (selection.ageGroup?.fits(offer.ages) ?? true)
                }
                offers += fitting.prefix(ScreenShow.maxSelected)
            }
            let vocabulary = try searcher.vocabulary()
            let slides = offers.map { offer in
                let dates = ScheduleDates(offer.schedule)
                return ScreenSlide(offer: offer, centre: vocabulary.centres.first { $0.id == offer.centre },
                                   upcomingDates: Array(dates.upcoming(from: today).prefix(ScreenShow.maxDates)),
                                   scheduleHasDates: !dates.all.isEmpty)
            }
            return ScreenShow(screen: screen, slides: slides, municipality: vocabulary.municipality, centres: vocabulary.centres)
        } catch { throw .index(error) }
    }
}
