import Catalog
import Editorial
import Foundation

extension OfferDirectory {
    /// The offer files (`tilbud/<id>.yaml`) that are not in the canonical form Redaktionen writes
    /// (`CatalogWriter`: fields in the README's order, one way of quoting), rewritten in it unless
    /// `check`. Only a catalogue without errors is formatted; comments in offer files are dropped.
    ///
    /// With every file canonical, a save from the browser changes only the lines of the fields
    /// that changed, so the git diff shows exactly that.
    public func formatOffers(check: Bool) throws(DirectoryError) -> [String] {
        let catalog = try validate()
        guard catalog.isValid else { throw .invalidCatalog(errors: catalog.errors) }
        var changed: [String] = []
        for entry in catalog.entries where entry.file.hasSuffix("/tilbud/\(entry.offer.id).yaml") {
            let text: String
            do { text = try CatalogWriter.offerYAML(entry.offer, defaultMunicipality: catalog.municipality.id) } catch {
                throw .invalidRequest("\(entry.file) kunne ikke skrives som YAML: \(error)")
            }
            let path = catalogPath + "/tilbud/\(entry.offer.id).yaml"
            guard AtomicFile.read(path) != Data(text.utf8) else { continue }
            changed.append(entry.file)
            if !check {
                do { try AtomicFile.write(Data(text.utf8), to: path) } catch { throw .editorial(error) }
            }
        }
        return changed
    }
}
