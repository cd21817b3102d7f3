import Foundation
import OfferModel

/// Redaktionen's use cases as the web pages call them: the same calls, unchanged, run on the
/// Directory's own threads (`BlockingWork`), since each locks files, syncs to disk or runs git.
extension EditorialService {
    public func editableOffer(id: String) async throws(DirectoryError) -> EditableOffer {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try editableOffer(id: id) }
    }

    public func auditTrail(subject: String) async throws(DirectoryError) -> [AuditEntry] {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try auditTrail(subject: subject) }
    }

    public func save(_ edit: OfferEdit, by editor: Editor, now: Date = Date()) async throws(DirectoryError) -> SaveOutcome {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try save(edit, by: editor, now: now) }
    }

    public func verify(id: String, baseVersion: String, by editor: Editor, today: CalendarDate = .today(),
                       now: Date = Date()) async throws(DirectoryError) -> SaveOutcome {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try verify(id: id, baseVersion: baseVersion, by: editor, today: today, now: now) }
    }

    public func reportError(offerID: String, text: String, reporter: String, now: Date = Date()) async throws(DirectoryError) -> ErrorReport {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try reportError(offerID: offerID, text: text, reporter: reporter, now: now) }
    }

    /// Mails a new report to its audience (`notify(_:offer:audience:now:)`); sendmail runs on the Directory's threads.
    @discardableResult
    public func notify(_ report: ErrorReport, offer: Offer, audience: ReportAudience, now: Date = Date()) async -> String? {
        // The pool runs for the life of the process, so `run` fails only if it were shut down.
        try? await BlockingWork.run { [self] () throws(DirectoryError) -> String? in notify(report, offer: offer, audience: audience, now: now) }
    }

    public func reports(offerID: String) async throws(DirectoryError) -> [ErrorReport] {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try reports(offerID: offerID) }
    }

    public func closeReport(id: Int64, note: String, by editor: Editor, now: Date = Date()) async throws(DirectoryError) -> ErrorReport {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try closeReport(id: id, note: note, by: editor, now: now) }
    }

    public func workList(centre: String, for editor: Editor, today: CalendarDate = .today()) async throws(DirectoryError) -> WorkList {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try workList(centre: centre, for: editor, today: today) }
    }

    public func roundOverview(for editor: Editor, today: CalendarDate = .today()) async throws(DirectoryError) -> RoundOverview {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try roundOverview(for: editor, today: today) }
    }

    public func sundhedDKPackage(by editor: Editor, today: CalendarDate = .today(), now: Date = Date()) async throws(DirectoryError)
        -> SundhedDKPackage {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try sundhedDKPackage(by: editor, today: today, now: now) }
    }

    public func editableFile(_ name: String, by editor: Editor) async throws(DirectoryError) -> EditableFile {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try editableFile(name, by: editor) }
    }

    public func saveFile(_ name: String, text: String, baseVersion: String, by editor: Editor,
                         now: Date = Date()) async throws(DirectoryError) -> FileSaveOutcome {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try saveFile(name, text: text, baseVersion: baseVersion, by: editor, now: now) }
    }

    public func handOver(id: String, to centre: String, baseVersion: String, by editor: Editor, recipients: [MailRecipient],
                         now: Date = Date()) async throws(DirectoryError) -> SaveOutcome {
        try await BlockingWork.run { [self] () throws(DirectoryError) in
            try handOver(id: id, to: centre, baseVersion: baseVersion, by: editor, recipients: recipients, now: now)
        }
    }

    public func editableScreens(by editor: Editor) async throws(DirectoryError) -> EditableScreens {
        try await BlockingWork.run { [self] () throws(DirectoryError) in try editableScreens(by: editor) }
    }

    public func saveScreen(_ screen: Screen, replacing id: String?, baseVersion: String, by editor: Editor,
                           now: Date = Date()) async throws(DirectoryError) -> FileSaveOutcome {
        try await BlockingWork.run { [self] () throws(DirectoryError) in
            try saveScreen(screen, replacing: id, baseVersion: baseVersion, by: editor, now: now)
        }
    }
}
