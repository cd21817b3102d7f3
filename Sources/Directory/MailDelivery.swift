internal import Editorial
import Foundation

extension EditorialService {
    /// Sends one message about an offer to recipients and records it for each (kind, key, the
    /// moment as its day): sent, or unsent with the reason. Nil when sent, else the Danish reason.
    func deliver(_ kind: MailRecord.Kind, about offerID: String, to recipients: [MailRecipient], subject: String, lines: [String],
                 now: Date) -> String? {
        guard let post else { return nil }
        do {
            let stamp = ISO8601DateFormatter().string(from: now)
            let records = try recipients.map { try store.plan(kind, to: $0.name, key: offerID, day: stamp, offers: [offerID], at: now) }
            if let reason = post.send(to: recipients, subject: subject, body: lines.joined(separator: "\n"), at: now) {
                for record in records { try store.markFailed(record.id, reason: reason) }
                return reason
            }
            for record in records { try store.markSent(record.id, at: now) }
            return nil
        } catch {
            return "\(error)"
        }
    }
}
