import Foundation
import OfferModel

/// A catalogue read from HSDS: the values a catalogue folder is written from.
public struct ImportedCatalog: Sendable {
    public var municipality: Municipality
    public var needs: [Need]
    public var centres: [Centre]
    public var offers: [Offer]
    /// Danish notes on what had to be filled in or left out, for the person running the import.
    public var notes: [String]
}

/// Reads an Open Referral HSDS 3.0 export (Tilbudsguide's own or another system's) into catalogue
/// values, so catalogues can be exchanged and a national directory assembled.
///
/// Reads `services.json` (required; a list of services, or an API page with `contents`) and, when
/// present, `organizations.json` and `taxonomy_terms.json` from the folder. Tilbudsguide's own
/// exports come back field for field (see `HSDSExport` for what HSDS carries); other data is
/// mapped as well as it fits: organizations under the municipality become centres, taxonomy terms
/// become needs, and ids are made from names.
public enum HSDSImport {
    public static func read(folder: String) throws(ExportError) -> ImportedCatalog {
        let root = URL(fileURLWithPath: folder)
        let servicesPath = root.appendingPathComponent(HSDSExport.servicesFile).path
        guard FileManager.default.fileExists(atPath: servicesPath) else {
            throw .unreadable(path: servicesPath, reason: "mappen skal indeholde en HSDS-eksport med \(HSDSExport.servicesFile)")
        }
        let services: [HSDS.Service] = try list(servicesPath)
        let organizationsPath = root.appendingPathComponent(HSDSExport.organizationsFile).path
        let termsPath = root.appendingPathComponent(HSDSExport.termsFile).path
        let organizations: [HSDS.Organization] = FileManager.default.fileExists(atPath: organizationsPath) ? try list(organizationsPath) : []
        let terms: [HSDS.TaxonomyTerm] = FileManager.default.fileExists(atPath: termsPath) ? try list(termsPath) : []
        return HSDSMapping(services: services, organizations: organizations, terms: terms,
                           source: "\(root.lastPathComponent)/\(HSDSExport.servicesFile)").catalog()
    }

    /// A JSON list of `T`, or an HSDS API page (`{"contents": [...]}`).
    static func list<T: Decodable>(_ path: String) throws(ExportError) -> [T] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        if let page = try? JSONDecoder().decode(HSDSPage<T>.self, from: data) { return page.contents }
        do { return try JSONDecoder().decode([T].self, from: data) } catch {
            throw .invalidInput(path: path, reason: "ikke HSDS 3.0-JSON som forventet (\(describe(error)))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .keyNotFound(_, context), let .dataCorrupted(context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return "\(path.isEmpty ? "filen" : path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

/// One page of the HSDS API's list answers; only the records are read.
private struct HSDSPage<T: Decodable>: Decodable {
    var contents: [T]
}
