internal import Editorial
import Foundation
import OfferModel

extension EditorialService {
    /// "Meld fejl": files a report from a staff member about an offer of the live index, for the
    /// offer's centre's work list. Text and name are trimmed and limited; an offer with many open
    /// reports takes no more until some are closed.
    public func reportError(offerID: String, text: String, reporter: String, now: Date = Date()) throws(DirectoryError) -> ErrorReport {
        let offer = try directory.offer(id: offerID).offer
        let text = UserText.cleaned(text).trimmingCharacters(in: .whitespacesAndNewlines)
        let reporter = UserText.cleaned(reporter).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .invalidRequest("Skriv, hvad der er forkert ved tilbuddet.") }
        guard text.count <= Self.maxReportLength else {
            throw .invalidRequest("Beskrivelsen må højst være \(Self.maxReportLength) tegn (den er \(text.count)).")
        }
        guard reporter.count <= Self.maxReporterLength else {
            throw .invalidRequest("Navnet må højst være \(Self.maxReporterLength) tegn.")
        }
        let open: Int
        do { open = try store.openReportCount(offerID: offer.id) } catch { throw .editorial(error) }
        guard open < Self.maxOpenReportsPerOffer else {
            throw .invalidRequest("Tilbuddet har allerede \(Self.maxOpenReportsPerOffer) åbne fejlmeldinger; centret behandler dem.")
        }
        do {
            return try store.fileReport(ErrorReport(offerID: offer.id, centre: offer.centre, at: now, text: text, reporter: reporter))
        } catch { throw .editorial(error) }
    }

    /// The reports about an offer (open first), for its page in Redaktionen.
    public func reports(offerID: String) throws(DirectoryError) -> [ErrorReport] {
        do { return try store.reports(offerID: offerID) } catch { throw .editorial(error) }
    }

    /// Closes an open report with a note, as an editor of its centre; recorded in the audit log in
    /// the same transaction, so a report is never closed without its entry.
    public func closeReport(id: Int64, note: String, by editor: Editor, now: Date = Date()) throws(DirectoryError) -> ErrorReport {
        let note = UserText.cleaned(note).trimmingCharacters(in: .whitespacesAndNewlines)
        guard note.count <= Self.maxReportLength else {
            throw .invalidRequest("Noten må højst være \(Self.maxReportLength) tegn.")
        }
        let found: ErrorReport?
        do { found = try store.report(id: id) } catch { throw .editorial(error) }
        guard let report = found, report.isOpen else { throw .invalidRequest("Fejlmeldingen findes ikke eller er allerede lukket.") }
        guard editor.mayEdit(centre: report.centre) else { throw .forbidden("Fejlmeldingen gælder et andet centers tilbud.") }
        let closing: ErrorReport?
        do { closing = try store.closeReport(id: id, by: editor.name, note: note, at: now) } catch {
            if case let .database(reason) = error { throw .editorial(.unrecorded(reason)) }
            throw .editorial(error)
        }
        guard let closed = closing else { throw .invalidRequest("Fejlmeldingen er allerede lukket.") }
        return closed
    }
}
