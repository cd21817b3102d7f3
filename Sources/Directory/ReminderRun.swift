internal import Catalog
internal import Editorial
import Foundation
import OfferModel

/// What one `tilbud paamind` did, person by person.
public struct ReminderReport: Sendable {
    public struct Line: Sendable, Hashable {
        /// The account name.
        public var recipient: String
        public var subject: String
    }

    /// Handed to the mail transport now.
    public var sent: [Line] = []
    /// Already sent earlier today: not sent again.
    public var alreadySent: [Line] = []
    /// Not sent; each with the Danish reason. They are tried again by the next run.
    public var failed: [(line: Line, reason: String)] = []
    /// Accounts with nothing due (or without an e-mail address), who got nothing.
    public var nothingFor: [String] = []
}

/// One offer as a reminder lists it.
struct DueOffer: Sendable {
    var offer: Offer
    var due: VerificationDue
    var state: VerificationDue.State
    var onlyKnownFrom: SourceNote?
    var openReports: Int
}

extension EditorialService {
    /// The monthly reminders: each editor with an address gets one message with their centre's
    /// offers that are due or overdue and its open error reports; each administrator with an
    /// address one overview of every centre (due, overdue, and overdue for more than 30 days
    /// offer by offer). What is sent is recorded, so a rerun the same day sends nothing new and a
    /// message that failed is sent by the next run. Needs `post`.
    public func sendReminders(to recipients: [MailRecipient], today: CalendarDate = .today(),
                              now: Date = Date()) throws(DirectoryError) -> ReminderReport {
        guard let post else { throw .invalidRequest("Posten er ikke sat op (post.sendmail), så der kan ikke sendes påmindelser.") }
        let published = try directory.published()
        let day = today.description
        let running = published.offers.filter { $0.status != .ended }
        do { try store.recordDue(running.filter { $0.lastVerified == nil }.map(\.id), since: day) } catch { throw .editorial(error) }
        let firstDue = try firstDue()
        let reports: [ErrorReport]
        do { reports = try store.openReports() } catch { throw .editorial(error) }
        let reported = Dictionary(grouping: reports, by: \.offerID).mapValues(\.count)
        let notes = CatalogLoader().sourceNotes(folder: catalogPath)
        let listed: [DueOffer] = running.compactMap { offer in
            guard let due = VerificationDue.of(offer, firstDue: firstDue[offer.id], today: today) else { return nil }
            return DueOffer(offer: offer, due: due, state: due.state(today: today), onlyKnownFrom: Self.onlyKnownFrom(offer, notes: notes),
                            openReports: reported[offer.id] ?? 0)
        }.filter { $0.state != .later || $0.openReports > 0 }
        let letters = ReminderLetters(post: post, municipality: published.municipality.name, today: today)
        var report = ReminderReport()
        for recipient in recipients {
            guard recipient.mailAddress != nil else {
                report.nothingFor.append(recipient.name)
                continue
            }
            let letter: (kind: MailRecord.Kind, subject: String, body: String, offers: [String])?
            switch recipient.scope {
            case let .centre(centre):
                let own = listed.filter { $0.offer.centre == centre }
                letter = own.isEmpty ? nil : letters.reminder(for: recipient.name, centre: published.centre(centre)?.name ?? centre, offers: own)
            case .administrator:
                letter = listed.contains { $0.state != .later } ? letters.overview(for: recipient.name, offers: listed, centres: published.centres,
                                                                                     recipients: recipients) : nil
            }
            guard let letter else {
                report.nothingFor.append(recipient.name)
                continue
            }
            let line = ReminderReport.Line(recipient: recipient.name, subject: letter.subject)
            let record: MailRecord
            do { record = try store.plan(letter.kind, to: recipient.name, key: day, day: day, offers: letter.offers, at: now) } catch {
                throw .editorial(error)
            }
            if record.isSent {
                report.alreadySent.append(line)
                continue
            }
            if let reason = post.send(to: [recipient], subject: letter.subject, body: letter.body, at: now) {
                do { try store.markFailed(record.id, reason: reason) } catch { throw .editorial(error) }
                report.failed.append((line, reason))
            } else {
                do { try store.markSent(record.id, at: now) } catch { throw .editorial(error) }
                report.sent.append(line)
            }
        }
        return report
    }
}
