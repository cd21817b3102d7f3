internal import Catalog
internal import Editorial
import Foundation
import OfferModel

/// Redaktionen's use cases: centres correct, complete and re-verify their own offers, staff
/// report what is wrong, and every change is checked, written, recorded and indexed the same way.
///
/// The catalogue folder stays the single source of truth: a save writes `tilbud/<id>.yaml` (the
/// canonical form `CatalogWriter` renders), after `CatalogLoader` has checked it with every rule
/// of `tilbud validate`; then it is recorded in the audit log, committed when the catalogue is a
/// git work tree, and brought into the live index in place (`OfferDirectory.reindex`), the
/// file, its audit entry and its reports changing together (`writeRecorded`).
/// Its own records (audit, reports, packages) are in `redaktion.sqlite` in the state folder.
///
/// Every call blocks (file locks, fsync, git): a server runs it off its event loops.
public final class EditorialService: Sendable {
    public let directory: OfferDirectory
    let store: EditorialStore
    /// Where Redaktionen keeps its database, lock and sundhed.dk packages.
    public let stateFolder: String
    /// How mail leaves (reminders, error reports, handovers); nil: no mail is sent.
    public let post: PostOffice?
    let lock: SaveLock
    /// What the start finished or left alone of changes a crash or git left undone (Danish, for
    /// the log; empty when there was nothing): `finishInterruptedChanges`.
    public let startupNotes: [String]

    /// Longest "Meld fejl" text and reporter name, and how many open reports one offer may gather.
    public static let maxReportLength = 2000
    public static let maxReporterLength = 100
    public static let maxOpenReportsPerOffer = 25
    /// The shared files only an administrator may change (the info screens and the notes the
    /// offers cite among them).
    public static let vocabularyFiles = ["behov.yaml", "centre.yaml", "synonymer.yaml", "skaerme.yaml", "kilder.yaml"]

    public init(directory: OfferDirectory, stateFolder: String, post: PostOffice? = nil) throws(DirectoryError) {
        self.directory = directory
        self.stateFolder = stateFolder
        self.post = post
        do { store = try EditorialStore(folder: stateFolder) } catch { throw .editorial(error) }
        lock = SaveLock(stateFolder: stateFolder)
        startupNotes = Self.finishInterruptedChanges(store: store, directory: directory, lock: lock)
    }

    /// The version of a file's bytes a form carries, to tell whether the file changed since;
    /// `ny` for a file that does not exist.
    public static func version(of data: Data?) -> String {
        guard let data else { return "ny" }
        let hash = data.withUnsafeBytes { SourceHash.of($0) }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    var catalogPath: String { directory.catalogPath }

    func offerPath(_ id: String) -> String { catalogPath + "/tilbud/" + id + ".yaml" }

    /// The name findings give the offer's file (as `CatalogLoader` names it).
    func displayPath(_ id: String) -> String {
        (catalogPath.hasSuffix("/") ? catalogPath : catalogPath + "/") + "tilbud/" + id + ".yaml"
    }

    /// The catalogue's municipality, whose id offer files leave out.
    func municipality() throws(DirectoryError) -> Municipality {
        guard let municipality = CatalogLoader().municipality(folder: catalogPath) else {
            throw .invalidRequest("Kataloget har ingen læsbar kommune.yaml, så intet kan gemmes.")
        }
        return municipality
    }

    /// The offer file as it is on disk now, with its version: what the form is made from.
    /// `unknownOffer` when there is no file `tilbud/<id>.yaml` (offers in JSON Lines are edited in git).
    public func editableOffer(id: String) throws(DirectoryError) -> EditableOffer {
        guard OfferID.isValid(id) else { throw .unknownOffer(id: id) }
        guard let data = AtomicFile.read(offerPath(id)) else { throw .unknownOffer(id: id) }
        let municipality = try municipality()
        let reading = CatalogLoader().readOffer(data, file: displayPath(id), id: id, municipality: municipality.id)
        guard let entry = reading.entry else {
            throw .invalidRequest("Filen \(displayPath(id)) kan ikke læses som et tilbud: "
                + reading.findings.map(\.description).joined(separator: "; "))
        }
        return EditableOffer(offer: entry.offer, version: Self.version(of: data), text: String(decoding: data, as: UTF8.self))
    }

    /// The audit log of an offer (or vocabulary file), newest first.
    public func auditTrail(subject: String) throws(DirectoryError) -> [AuditEntry] {
        do { return try store.auditTrail(subject: subject) } catch { throw .editorial(error) }
    }

    /// Runs body holding the save lock.
    func locked<T>(_ body: () throws(DirectoryError) -> T) throws(DirectoryError) -> T {
        try lock.holding(body)
    }

    /// Brings the live index up to date after a save; nil when it is, else a Danish note.
    func updateIndex() -> String? {
        do {
            _ = try directory.reindex()
            return nil
        } catch let .invalidCatalog(errors) {
            let first = errors.prefix(3).map(\.description).joined(separator: "; ")
            return "Ændringen er gemt, men søgningen er ikke opdateret, fordi kataloget har fejl andre steder: \(first)"
        } catch {
            return "Ændringen er gemt, men søgningen er ikke opdateret: \(error.description)"
        }
    }
}

/// An offer file as the form is made from it.
public struct EditableOffer: Sendable {
    public var offer: Offer
    /// `EditorialService.version(of:)` of the file's bytes.
    public var version: String
    /// The file's YAML as it is.
    public var text: String
}

extension SaveLock {
    /// Runs body holding the lock, with the lock's own failure as a `DirectoryError`.
    func holding<T>(_ body: () throws(DirectoryError) -> T) throws(DirectoryError) -> T {
        do {
            return try withLock { () throws(DirectoryError) -> T in try body() }
        } catch let error as DirectoryError {
            throw error
        } catch let error as EditorialError {
            throw .editorial(error)
        } catch {
            throw .invalidRequest("\(error)")
        }
    }
}
