internal import Editorial
internal import Export
import Foundation
import OfferModel

/// A sundhed.dk package made from Redaktionen, ready to download.
public struct SundhedDKPackage: Sendable {
    /// The package's files as one `.zip`.
    public var archive: Data
    /// A file name for the download, e.g. `sundhed-dk-2026-12-01.zip`.
    public var fileName: String
    public var report: ExportReport
}

extension EditorialService {
    /// Makes the half-yearly sundhed.dk package (administrators only), with `aendringer.md`
    /// against the package made last time from here, and keeps it in the state folder so the next
    /// one reports its changes against this one.
    public func sundhedDKPackage(by editor: Editor, today: CalendarDate = .today(), now: Date = Date()) throws(DirectoryError) -> SundhedDKPackage {
        guard editor.isAdministrator else { throw .forbidden("Kun en administrator kan lave pakken til sundhed.dk.") }
        let previous: ExportRecord?
        do { previous = try store.lastExport() } catch { throw .editorial(error) }
        let since = previous.map(\.folder).flatMap { FileManager.default.fileExists(atPath: $0 + "/tilbud.json") ? $0 : nil }
        let stamp = Self.stamp(now)
        let folder = stateFolder + "/sundhed-dk/" + stamp
        let report = try directory.exportSundhedDK(to: folder, since: since, today: today)
        // Kept in the state folder, readable by its owner only like the rest of it.
        PrivateFiles.narrow(stateFolder + "/sundhed-dk")
        let files = report.files.compactMap { path in
            FileManager.default.contents(atPath: folder + "/" + path).map { ExportFile(path: path, data: $0) }
        }
        do {
            let archive = try ExportArchive.zip(files, modified: now)
            try store.recordExport(folder: folder, user: editor.name, at: now)
            return SundhedDKPackage(archive: archive, fileName: "sundhed-dk-\(today).zip", report: report)
        } catch let error as ExportError {
            throw .export(error)
        } catch let error as EditorialError {
            throw .editorial(error)
        } catch {
            throw .invalidRequest("\(error)")
        }
    }

    /// `2026-12-01-143005` in UTC: folder names that sort by time.
    static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        return formatter.string(from: date)
    }
}
