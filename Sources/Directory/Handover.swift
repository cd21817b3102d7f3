internal import Catalog
internal import Editorial
import Foundation
import OfferModel

extension EditorialService {
    /// An administrator gives an offer to another centre: the offer's file with only `center`
    /// changed, through the one save path (version check, the catalogue's rules, audit entry
    /// "overdraget", git commit, index); then the new centre's editors with an address are told.
    public func handOver(id: String, to centre: String, baseVersion: String, by editor: Editor, recipients: [MailRecipient],
                         now: Date = Date()) throws(DirectoryError) -> SaveOutcome {
        guard editor.isAdministrator else { throw .forbidden("Kun en administrator kan give et tilbud til et andet center.") }
        let centres: [Centre]
        do { centres = try CatalogLoader().centres(folder: catalogPath).centres } catch { throw .catalog(error) }
        guard let target = centres.first(where: { $0.id == centre }) else {
            throw .invalidRequest("Centret '\(centre)' findes ikke i centre.yaml.")
        }
        let outcome = try locked { () throws(DirectoryError) -> SaveOutcome in
            let current = try editableOffer(id: id)
            guard current.offer.centre != centre else {
                throw .invalidRequest("Tilbuddet hører allerede til \(target.name).")
            }
            var texts = OfferFields.values(of: current.offer)
            texts["center"] = centre
            return try write(OfferEdit(id: id, texts: texts, baseVersion: baseVersion), by: editor, action: .handedOver, now: now)
        }
        guard case var .saved(saved) = outcome else { return outcome }
        let editors = MailRecipient.editors(of: centre, in: recipients)
        if post == nil || editors.isEmpty {
            saved.notes.append("Ingen redaktør hos \(target.name) har en e-mailadresse, så ingen har fået besked; sig det til centret.")
        } else if let reason = notifyHandover(offerID: id, centre: target, editors: editors, by: editor, now: now) {
            saved.notes.append("Tilbuddet er givet til \(target.name), men beskeden til centret kom ikke af sted: \(reason)")
        } else {
            saved.notes.append("\(target.name) har fået besked på e-mail (\(editors.map(\.name).joined(separator: ", "))).")
        }
        return .saved(saved)
    }

    private func notifyHandover(offerID: String, centre: Centre, editors: [MailRecipient], by editor: Editor, now: Date) -> String? {
        guard let post else { return nil }
        let name = (try? editableOffer(id: offerID).offer.name) ?? offerID
        let body = ["Hej", "",
                    "\(editor.name) har givet tilbuddet \"\(name)\" til \(centre.name) i Tilbudsguiden. Fra nu af er det jeres at holde ved lige.",
                    "", "Se tilbuddet igennem, ret det, der er forkert, og tryk \"Oplysningerne er stadig korrekte\":",
                    post.link("/redaktion/tilbud/\(offerID)"), "", "Venlig hilsen", "Tilbudsguiden"]
        return deliver(.handover, about: offerID, to: editors, subject: "Tilbudsguiden: \(name) hører nu til \(centre.name)", lines: body, now: now)
    }
}
