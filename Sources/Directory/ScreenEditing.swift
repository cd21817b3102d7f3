internal import Catalog
internal import Editorial
import Foundation
import OfferModel

/// The screens as Redaktionen's form is made from them.
public struct EditableScreens: Sendable {
    /// The screens of `skaerme.yaml` as it is on disk, in its order.
    public var screens: [Screen]
    /// `EditorialService.version(of:)` of the file: a save from a form made from another version is a conflict.
    public var version: String
    /// What is wrong with the file as it is (empty when it can be read).
    public var findings: [Finding]
}

extension EditorialService {
    /// The file the info screens are kept in; an administrator edits it, one screen at a time
    /// (`saveScreen`) or as text like the other shared files.
    public static let screensFile = "skaerme.yaml"

    /// The screens as they are on disk now, with the file's version. Administrators only.
    public func editableScreens(by editor: Editor) throws(DirectoryError) -> EditableScreens {
        try checkScreenEditor(editor)
        let data = AtomicFile.read(catalogPath + "/" + Self.screensFile)
        let read = CatalogLoader().screens(folder: catalogPath)
        return EditableScreens(screens: read.screens, version: Self.version(of: data), findings: read.findings.filter { $0.severity == .error })
    }

    /// Saves screen into `skaerme.yaml` in the place of the screen `replacing` (a new screen at
    /// the end when nil or not there), through the path every shared file takes (`saveFile`):
    /// the version check, the whole catalogue's rules, an atomic write, the audit entry, a git
    /// commit and the index, so the screens show the change at their next look.
    public func saveScreen(_ screen: Screen, replacing id: String?, baseVersion: String, by editor: Editor,
                           now: Date = Date()) throws(DirectoryError) -> FileSaveOutcome {
        try checkScreenEditor(editor)
        let read = CatalogLoader().screens(folder: catalogPath)
        if let problem = read.findings.first(where: { $0.severity == .error }) {
            return .invalid([problem])
        }
        var screens = read.screens
        var screen = screen
        if let id, let place = screens.firstIndex(where: { $0.id == id }) {
            screen.id = id
            screens[place] = screen
        } else {
            let taken = Set(screens.map(\.id))
            screen.id = OfferID.make(from: screen.id.isEmpty ? screen.title : screen.id) { taken.contains($0) }
            screens.append(screen)
        }
        let text: String
        do { text = try CatalogWriter.screensYAML(screens) } catch {
            throw .invalidRequest("Skærmene kunne ikke skrives som YAML: \(error)")
        }
        return try saveFile(Self.screensFile, text: text, baseVersion: baseVersion, by: editor, now: now)
    }

    private func checkScreenEditor(_ editor: Editor) throws(DirectoryError) {
        guard editor.isAdministrator else { throw .forbidden("Kun en administrator kan ændre infoskærmene.") }
    }
}
