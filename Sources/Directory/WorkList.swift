import Catalog
import Editorial
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

    public var needsWork: Bool { !tasks.isEmpty || !openReports.isEmpty }
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
        let items = published.offers.filter { $0.centre == centre }.map { offer in
            WorkItem(offer: offer, tasks: UpkeepTask.tasks(for: offer, today: today), openReports: byOffer[offer.id] ?? [],
                     version: AtomicFile.read(offerPath(offer.id)).map { Self.version(of: $0) })
        }.sorted { ($0.needsWork ? 0 : 1, $0.offer.status == .ended ? 1 : 0, $0.offer.name) < ($1.needsWork ? 0 : 1, $1.offer.status == .ended ? 1 : 0, $1.offer.name) }
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
        if published.offers.contains(where: { $0.centre.isEmpty }) { ids.append("") }
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
}
