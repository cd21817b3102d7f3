import Catalog
import Directory
import Foundation
import TestSupport

/// The small fixture catalogue, indexed, with Redaktionen's state folder: each test gets its own.
/// `@unchecked Sendable`: every property is immutable and itself thread-safe (folders, the service).
struct EditorialFixture: @unchecked Sendable {
    let catalog = CatalogFixture()
    let index = TemporaryFolder("redaktion-indeks")
    let state = TemporaryFolder("redaktion-tilstand")
    let directory: OfferDirectory
    let service: EditorialService

    static let health = Editor(name: "Hanne Sund", scope: .centre("sundhedscenter"))
    static let elderly = Editor(name: "Ældre Ib", scope: .centre("aeldrecenter"))
    static let admin = Editor(name: "Admin", scope: .administrator)

    init(post: PostOffice? = nil) throws {
        directory = OfferDirectory(catalogPath: catalog.path, indexPath: index.path)
        _ = try directory.reindex()
        service = try EditorialService(directory: directory, stateFolder: state.path, post: post)
    }

    func file(_ id: String) -> String {
        (try? String(contentsOfFile: catalog.at("tilbud/\(id).yaml"), encoding: .utf8)) ?? ""
    }

    /// The form of an offer as it is now, with one field changed.
    func edit(_ id: String, _ changes: [String: String]) throws -> OfferEdit {
        let editable = try service.editableOffer(id: id)
        var texts = OfferFields.values(of: editable.offer)
        for (field, value) in changes { texts[field] = value }
        return OfferEdit(id: id, texts: texts, baseVersion: editable.version)
    }
}

extension CatalogFixture {
    func at(_ relative: String) -> String { folder.at(relative) }
}
