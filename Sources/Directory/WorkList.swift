internal import Catalog
internal import Editorial
import Foundation
import OfferModel

/// One offer on a centre's work list, with what needs doing.
public struct WorkItem: Sendable {
    public var offer: Offer
    /// What the catalogue's upkeep rules ask (`UpkeepTask`), the same as `tilbud validate` warns.
    public var tasks: [UpkeepTask]
    public var openReports: [ErrorReport]
    /// The version of `tilbud/<id>.yaml`, or nil when the offer is not in a file Redaktionen can edit.
    public var version: String?
    /// When it should be verified (nil for an ended offer).
    public var due: VerificationDue?
    /// Why "still correct" would be refused now (`UpkeepTask.verificationRefusals`), field by field.
    public var refusals: [VerificationRefusal]
    /// For an offer never verified that only the municipality's notes know: the newest of
    /// those notes, so the owner is asked "Findes tilbuddet stadig?" with its year.
    public var onlyKnownFrom: SourceNote?
    /// The staff-only note (`intern.note`), shown to the owner only.
    public var internalNote: String

    public var needsWork: Bool { !tasks.isEmpty || !openReports.isEmpty }
}

/// A reason "the information is still correct" is refused, beside the field it is about.
public struct VerificationRefusal: Sendable, Hashable {
    /// The form field (`adgang`, `kontakt.telefon`).
    public var field: String
    public var reason: String
}

/// A centre's offers and what needs doing, counted at the top of the list.
public struct WorkList: Sendable {
    /// The centre's id ("" for offers without a centre).
    public var centre: String
    public var centreName: String
    /// Offers needing work first, then by name.
    public var items: [WorkItem]

    public var offers: Int { items.count }
    public var neverVerified: Int { items.count { $0.tasks.contains(.neverVerified) } }
    public var verifiedLongAgo: Int { items.count { $0.tasks.contains { if case .verifiedLongAgo = $0 { true } else { false } } } }
    public var withoutContact: Int { items.count { $0.tasks.contains(.noContact) } }
    public var withoutAccess: Int { items.count { $0.tasks.contains(.noAccess) } }
    public var openReports: Int { items.reduce(0) { $0 + $1.openReports.count } }
    public var done: Int { items.count { !$0.needsWork } }
}

/// How far one centre is with this half-year's round of verification.
public struct CentreProgress: Sendable {
    public var centre: String
    public var centreName: String
    /// Offers that are not ended.
    public var offers: Int
    /// Of those, verified on or after the round's first day.
    public var verifiedThisRound: Int
    /// Offers with at least one task or open report.
    public var needingWork: Int
    public var openReports: Int
}

/// The whole municipality's round, for an administrator.
public struct RoundOverview: Sendable {
    /// The first day of the half-year (1 January or 1 July): sundhed.dk is brought up to date twice a year.
    public var roundStart: CalendarDate
    public var centres: [CentreProgress]
    public var lastExport: ExportRecord?
}

extension EditorialService {
    /// The work list of one centre (an editor's own; an administrator may ask for any, "" for offers without a centre).
    public func workList(centre: String, for editor: Editor, today: CalendarDate = .today()) throws(DirectoryError) -> WorkList {
        guard editor.mayEdit(centre: centre) else {
            throw .forbidden("Du kan kun se arbejdslisten for dit eget center.")
        }
        let published = try directory.published()
        let reports: [ErrorReport]
        do { reports = try store.openReports(centre: centre) } catch { throw .editorial(error) }
        let byOffer = Dictionary(grouping: reports, by: \.offerID)
        let dueSince = try firstDue()
        let notes = CatalogLoader().sourceNotes(folder: catalogPath)
        let municipality = published.municipality.id
        let items = published.offers.filter { $0.centre == centre }.map { offer in
            let data = AtomicFile.read(offerPath(offer.id))
            let note = data.flatMap {
                CatalogLoader().readOffer($0, file: displayPath(offer.id), id: offer.id, municipality: municipality).entry?.offer.internalInfo?.note
            }
            return WorkItem(offer: offer, tasks: UpkeepTask.tasks(for: offer, today: today), openReports: byOffer[offer.id] ?? [],
                            version: data.map { Self.version(of: $0) },
                            due: VerificationDue.of(offer, firstDue: dueSince[offer.id], today: today),
                            refusals: Self.refusals(offer, centre: published.centre(offer.centre)),
                            onlyKnownFrom: Self.onlyKnownFrom(offer, notes: notes), internalNote: note ?? "")
        }.sorted(by: Self.byDueDate)
        let name = published.centre(centre)?.name ?? (centre.isEmpty ? "Tilbud uden center" : centre)
        return WorkList(centre: centre, centreName: name, items: items)
    }

    /// Every centre's progress with this half-year's round (administrators only).
    public func roundOverview(for editor: Editor, today: CalendarDate = .today()) throws(DirectoryError) -> RoundOverview {
        guard editor.isAdministrator else { throw .forbidden("Kun en administrator kan se hele kommunens runde.") }
        let published = try directory.published()
        let start = CalendarDate(year: today.year, month: today.month <= 6 ? 1 : 7, day: 1)!
        let reports: [ErrorReport]
        let last: ExportRecord?
        do {
            reports = try store.openReports()
            last = try store.lastExport()
        } catch { throw .editorial(error) }
        let reported = Dictionary(grouping: reports, by: \.offerID).mapValues(\.count)
        var ids = published.centres.map(\.id)
        if published.offers.contains(where: { $0.centre.isEmpty && $0.status != .ended }) { ids.append("") }
        let centres = ids.map { id in
            let offers = published.offers.filter { $0.centre == id && $0.status != .ended }
            return CentreProgress(
                centre: id, centreName: published.centre(id)?.name ?? "Tilbud uden center", offers: offers.count,
                verifiedThisRound: offers.count { ($0.lastVerified.map { $0 >= start }) ?? false },
                needingWork: offers.count { !UpkeepTask.tasks(for: $0, today: today).isEmpty || reported[$0.id] != nil },
                openReports: offers.reduce(0) { $0 + (reported[$1.id] ?? 0) })
        }
        return RoundOverview(roundStart: start, centres: centres, lastExport: last)
    }

    /// Running offers first, the earliest due date first (never verified ones before all), then by name.
    static func byDueDate(_ a: WorkItem, _ b: WorkItem) -> Bool {
        func key(_ item: WorkItem) -> (Int, Int, Int, String) {
            guard let due = item.due else { return (1, 0, 0, item.offer.name) }
            return (0, due.neverVerified ? 0 : 1, due.date.dayNumber, item.offer.name)
        }
        return key(a) < key(b)
    }

    static func refusals(_ offer: Offer, centre: Centre?) -> [VerificationRefusal] {
        UpkeepTask.verificationRefusals(for: offer, centre: centre).map { VerificationRefusal(field: $0.field, reason: $0.reason) }
    }

    /// The newest note an offer comes from, when it was never verified and nothing but the notes knows it.
    static func onlyKnownFrom(_ offer: Offer, notes: [SourceNote]) -> SourceNote? {
        guard offer.lastVerified == nil, offer.status != .ended, SourceNote.knownOnlyFromNotes(offer, in: notes) else { return nil }
        return SourceNote.cited(by: offer, in: notes).max { $0.year < $1.year }
    }

    /// The day each never-verified offer was first found due (`tilbud paamind` records it).
    func firstDue() throws(DirectoryError) -> [String: CalendarDate] {
        do { return try store.dueSince().compactMapValues { CalendarDate($0) } } catch { throw .editorial(error) }
    }
}
