import Foundation
import NIOCore

/// The stylesheet, scripts and OpenAPI document the server sends, read once from the module's
/// resources (`Resources/`) into memory.
///
/// The set is fixed: a request names an asset by its route, never by a file path, so no request
/// can reach any other file.
struct Assets: Sendable {
    struct Asset: Sendable {
        var bytes: ByteBuffer
        var contentType: String
        /// A strong validator, so browsers can revalidate cheaply.
        var etag: String
        /// The same bytes gzip-compressed once, for clients that take gzip, and their own
        /// validator (a strong ETag names one encoding).
        var gzipped: ByteBuffer?
        var gzipETag: String {
            String(etag.dropLast()) + "-gz\""
        }
    }

    let stylesheet: Asset
    /// Search as you type (`app.js`).
    let script: Asset
    /// The offers chosen for a citizen (`udvalg.js`).
    let selectionScript: Asset
    /// Redaktionen's form: the LIX of the texts as the editor types (`redaktion.js`).
    let editorScript: Asset
    let openAPI: Asset
    /// The info screens' stylesheet and script (`skaerm.css`, `skaerm.js`).
    let screenStylesheet: Asset
    let screenScript: Asset

    /// Loaded once per process; the resources are part of the build.
    static let bundled = Assets(bundle: .module)

    init(bundle: Bundle) {
        func load(_ name: String, _ type: String, _ contentType: String) -> Asset {
            guard let url = bundle.url(forResource: name, withExtension: type, subdirectory: "Resources"),
                  let data = try? Data(contentsOf: url) else {
                fatalError("Ressourcen \(name).\(type) mangler i programmet; byg det igen.")
            }
            return Asset(bytes: ByteBuffer(bytes: data), contentType: contentType, etag: Self.etag(data), gzipped: Self.gzip(data))
        }
        stylesheet = load("app", "css", "text/css; charset=utf-8")
        script = load("app", "js", "text/javascript; charset=utf-8")
        selectionScript = load("udvalg", "js", "text/javascript; charset=utf-8")
        editorScript = load("redaktion", "js", "text/javascript; charset=utf-8")
        openAPI = load("openapi", "json", "application/json; charset=utf-8")
        screenStylesheet = load("skaerm", "css", "text/css; charset=utf-8")
        screenScript = load("skaerm", "js", "text/javascript; charset=utf-8")
    }

    /// As small as zlib makes it: done once per process.
    private static func gzip(_ data: Data) -> ByteBuffer? {
        DeflaterPool(level: 9).with { deflater in
            data.withUnsafeBytes { bytes -> ByteBuffer? in
                var body = GzipBody(deflater: deflater, capacity: bytes.count / 2 + 64)
                return body.finish(bytes)
            }
        } ?? nil
    }

    /// FNV-1a over the bytes: enough to tell versions of one file apart.
    private static func etag(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return "\"" + String(hash, radix: 16) + "\""
    }
}
