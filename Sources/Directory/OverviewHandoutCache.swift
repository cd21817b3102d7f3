import OfferModel
import Synchronization

/// The all-offers overview for GPs (`/udvalg.pdf` without parameters, `tilbud handout --til
/// laege`), kept for the index revision and day it was rendered for: it prints every public
/// offer, the heaviest PDF there is, and it is the same until the index or the date in its
/// footer changes. One is kept; a new revision or day renders anew.
final class OverviewHandoutCache: Sendable {
    private struct Key: Hashable {
        let revision: CommitStamp
        let day: CalendarDate
    }

    private let kept = Mutex<(key: Key, handout: PrintedHandout)?>(nil)
    /// How many overviews were rendered (not taken from here); tests read it.
    let renders = Atomic<Int>(0)

    /// Whether request is the overview: the GP version of every public offer.
    static func isOverview(_ request: HandoutRequest) -> Bool {
        request.audience == .doctor && request.needs.isEmpty && request.age == nil && request.centre == nil
            && request.ids.isEmpty && request.text.trimmedWhitespace.isEmpty
    }

    /// The kept overview for revision and day, or render's (then kept). The revision is read
    /// before rendering: if the index moves meanwhile, the PDF is kept under the old one, which
    /// no later request asks for.
    func handout(revision: CommitStamp, day: CalendarDate,
                 render: () throws(DirectoryError) -> PrintedHandout) throws(DirectoryError) -> PrintedHandout {
        let key = Key(revision: revision, day: day)
        if let known = kept.withLock({ $0?.key == key ? $0?.handout : nil }) { return known }
        let made = try render()
        renders.add(1, ordering: .relaxed)
        kept.withLock { $0 = (key, made) }
        return made
    }
}
