import Foundation
import ZIPFoundation

/// An export's files as one `.zip` archive (deflated), for a browser to download: the sundhed.dk
/// package from Redaktionen. Windows and macOS open it without extra software.
public enum ExportArchive {
    public static func zip(_ files: [ExportFile], modified: Date = Date()) throws(ExportError) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for file in files.sorted(by: { $0.path < $1.path }) {
                let data = file.data
                try archive.addEntry(with: file.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw ExportError.unwritable(path: "zip", reason: "arkivet blev tomt") }
            return data
        } catch let error as ExportError {
            throw error
        } catch {
            throw .unwritable(path: "zip", reason: "\(error)")
        }
    }
}
