internal import Catalog
internal import Export
import Foundation
import OfferModel

/// What an export wrote, for the face to summarise.
public struct ExportReport: Sendable {
    /// The folder (or, for FHIR, the file) written.
    public var path: String
    /// Offers exported: rows for sundhed.dk, services for HSDS and FHIR.
    public var offers: Int
    /// Of those, ended offers (HSDS `defunct`, FHIR `active: false`); sundhed.dk has none.
    public var ended: Int
    /// Paths of the files written, relative to `path` (for FHIR: the file itself).
    public var files: [String]
    /// sundhed.dk only: what changed since the previous export (everything is new without one).
    var changes: ChangeReport?
    /// sundhed.dk only: the changes counted in Danish ("0 nye, 1 ændret, 2 udgåede").
    public var changeCounts: String? { changes?.counts }
}

/// What an HSDS import wrote, and the catalogue as `CatalogLoader` reads it back.
public struct ImportReport: Sendable {
    public var catalog: CatalogCheck
    /// Danish notes on what had to be filled in (see `ImportedCatalog.notes`).
    public var notes: [String]
}

extension OfferDirectory {
    /// sundhed.dk: `tilbud.csv`, `tilbud.json` (+ schema), one HTML page per offer and
    /// `aendringer.md` against the export in `previous`, if given.
    public func exportSundhedDK(to folder: String, since previous: String? = nil,
                                today: CalendarDate = .today()) throws(DirectoryError) -> ExportReport {
        let content = try exportContent(today: today)
        do {
            let earlier = try previous.map { folder throws(ExportError) in try SundhedDKExport.readPrevious(folder: folder) }
            let export = SundhedDKExport(content: content, exported: today)
            let files = try export.files(previous: earlier)
            try ExportFile.write(files, into: folder)
            return ExportReport(path: folder, offers: export.rows.count, ended: 0, files: files.map(\.path),
                                changes: export.changes(since: earlier))
        } catch { throw .export(error) }
    }

    /// Open Referral HSDS 3.0: `services.json`, `organizations.json`, `taxonomies.json`, `taxonomy_terms.json`.
    public func exportHSDS(to folder: String) throws(DirectoryError) -> ExportReport {
        let content = try exportContent()
        do {
            let export = HSDSExport(content: content)
            let files = try export.files()
            try ExportFile.write(files, into: folder)
            return ExportReport(path: folder, offers: export.services.count, ended: content.offers.count { $0.status == .ended },
                                files: files.map(\.path))
        } catch { throw .export(error) }
    }

    /// FHIR R4: one Bundle (type collection) written to `file`.
    public func exportFHIR(to file: String) throws(DirectoryError) -> ExportReport {
        let content = try exportContent()
        let url = URL(fileURLWithPath: file)
        do {
            let export = FHIRExport(content: content)
            try ExportFile.write([try export.file(named: url.lastPathComponent)], into: url.deletingLastPathComponent().path)
            return ExportReport(path: file, offers: content.offers.count, ended: content.offers.count { $0.status == .ended },
                                files: [file])
        } catch { throw .export(error) }
    }

    /// Reads an HSDS 3.0 export in `folder` and writes it as a new catalogue in `catalogFolder`
    /// (which must be empty or not exist), then loads that catalogue to report what it holds.
    public func importHSDS(from folder: String, to catalogFolder: String) throws(DirectoryError) -> ImportReport {
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: catalogFolder)) ?? []
        guard existing.filter({ !$0.hasPrefix(".") }).isEmpty else { throw .export(.folderNotEmpty(path: catalogFolder)) }
        let imported: ImportedCatalog
        do {
            imported = try HSDSImport.read(folder: folder)
            try ExportFile.write(try catalogFiles(imported), into: catalogFolder)
        } catch { throw .export(error) }
        let catalog: Catalog
        do { catalog = try CatalogLoader().load(path: catalogFolder) } catch { throw .catalog(error) }
        return ImportReport(catalog: CatalogCheck(catalog: catalog), notes: imported.notes)
    }

    /// The catalogue files for imported values, rendered by the catalogue's own writer.
    private func catalogFiles(_ imported: ImportedCatalog) throws(ExportError) -> [ExportFile] {
        do {
            return try CatalogWriter.files(municipality: imported.municipality, needs: imported.needs,
                                           centres: imported.centres, offers: imported.offers)
                .map { ExportFile(path: $0.path, text: $0.text) }
        } catch {
            throw .encoding("katalogfilerne kunne ikke skrives som YAML: \(error)")
        }
    }

    /// The catalogue as exports read it; a catalogue with errors is not exported.
    private func exportContent(today: CalendarDate = .today()) throws(DirectoryError) -> ExportContent {
        let catalog = try validate(today: today)
        guard catalog.isValid else { throw .invalidCatalog(errors: catalog.errors) }
        return ExportContent(offers: catalog.offers, needs: catalog.needs, centres: catalog.centres,
                             municipality: catalog.municipality)
    }
}
