internal import Catalog
internal import Editorial
import Foundation

extension OfferDirectory {
    /// The offer files (`tilbud/<id>.yaml`) that are not in the canonical form Redaktionen writes
    /// (`CatalogWriter`: fields in the README's order, one way of quoting), rewritten in it unless
    /// `check`. Only a catalogue without errors is formatted; comments in offer files are dropped.
    ///
    /// With every file canonical, a save from the browser changes only the lines of the fields
    /// that changed, so the git diff shows exactly that.
    ///
    /// Formatting writes like a save from Redaktionen and takes turns with them: when the state
    /// folder of a Redaktionen on this catalogue exists (`stateFolder`), it holds that Redaktionen's
    /// save lock from reading the catalogue to the last write, and each file is written from its
    /// bytes as read under the lock, so a save is never written back as it was before.
    public func formatOffers(check: Bool, stateFolder: String? = nil) throws(DirectoryError) -> [String] {
        guard !check, let stateFolder, FileManager.default.fileExists(atPath: stateFolder) else {
            return try formatOffersNow(check: check)
        }
        return try SaveLock(stateFolder: stateFolder).holding { () throws(DirectoryError) -> [String] in
            try formatOffersNow(check: check)
        }
    }

    private func formatOffersNow(check: Bool) throws(DirectoryError) -> [String] {
        let catalog = try validate()
        guard catalog.isValid else { throw .invalidCatalog(errors: catalog.errors) }
        var changed: [String] = []
        for entry in catalog.entries where entry.file.hasSuffix("/tilbud/\(entry.offer.id).yaml") {
            let path = catalogPath + "/tilbud/\(entry.offer.id).yaml"
            // The file as it is now: a writer that does not take the lock (an editor, git) may
            // have changed it since it was validated; then that is what is formatted, if it reads.
            guard let data = AtomicFile.read(path),
                  let offer = CatalogLoader().readOffer(data, file: entry.file, id: entry.offer.id,
                                                        municipality: catalog.municipality.id).entry?.offer else { continue }
            let text: String
            do { text = try CatalogWriter.offerYAML(offer, defaultMunicipality: catalog.municipality.id) } catch {
                throw .invalidRequest("\(entry.file) kunne ikke skrives som YAML: \(error)")
            }
            guard data != Data(text.utf8) else { continue }
            changed.append(entry.file)
            if !check {
                do { try AtomicFile.write(Data(text.utf8), to: path) } catch { throw .editorial(error) }
            }
        }
        return changed
    }
}
