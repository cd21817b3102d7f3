import CQREncode
import Foundation

/// A QR code made by Debian's libqrencode, with error correction level M (15 % of the code may
/// be covered or worn and it still reads), as the info screens show them; the only user of
/// `CQREncode`.
///
/// The modules are copied out of libqrencode's `QRcode` at once and the C value freed in the
/// same call, so the value is plain Swift data.
struct QRCode: Sendable, Hashable {
    /// Modules per side (21 for version 1, 4 more per version).
    let size: Int
    /// Row by row, `true` for a dark module.
    private let modules: [Bool]
    /// The light margin a reader needs around the code, in modules (the standard asks for 4).
    static let quietZone = 4

    /// The code of text as 8-bit data; nil when libqrencode cannot make one (a text longer than
    /// the largest code holds, or no memory), with the reason in `errno`.
    init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // libqrencode's data: one byte per module, row by row; bit 0 says dark.
        let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        size = width
        modules = data.map { $0 & 1 == 1 }
    }

    func isDark(x: Int, y: Int) -> Bool {
        modules[y * size + x]
    }

    /// The side of the whole picture with its quiet zone, in modules: the SVG's `viewBox` is
    /// `0 0 side side`.
    var side: Int { size + 2 * Self.quietZone }

    /// SVG path data of the dark modules, one rectangle per run of dark modules in a row, in
    /// module units offset by the quiet zone: a few hundred short commands for a web address.
    var svgPath: String {
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < size, isDark(x: x, y: y) { x += 1 }
                path += "M\(start + Self.quietZone) \(y + Self.quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return path
    }
}
