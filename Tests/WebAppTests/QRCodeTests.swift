import Foundation
import Testing
import TestSupport
@testable import WebApp

/// The QR codes libqrencode makes read back, with Debian's zbarimg, to the text they were made from.
@Suite struct QRCodeTests {
    static let address = "https://tilbud.ishoj.dk/tilbud/forloebsprogrammer"

    @Test(.outsidePrograms) func aCodeReadsBackWithZbarimg() async throws {
        let code = try #require(QRCode(Self.address))
        let folder = TemporaryFolder("qr")
        let file = folder.at("kode.pgm")
        try Self.pgm(code, scale: 6).write(to: URL(fileURLWithPath: file))
        let result = try await CommandRunner.run("/usr/bin/zbarimg", ["--quiet", "--raw", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == Self.address)
    }

    /// 49 bytes fit version 3 (29 modules) at level L, but need version 4 (33) at M, 5 at Q and 6 at H.
    @Test func errorCorrectionIsLevelM() throws {
        let code = try #require(QRCode(Self.address))
        #expect(Self.address.utf8.count == 49)
        #expect(code.size == 33 && code.side == 41)
        // The finder pattern in the top left corner: a dark ring around a light ring around a dark 3×3 square.
        #expect((0..<7).allSatisfy { code.isDark(x: $0, y: 0) && code.isDark(x: 0, y: $0) } && !code.isDark(x: 1, y: 1) && code.isDark(x: 3, y: 3))
    }

    @Test func aTextTooLongForAnyCodeGivesNone() {
        #expect(QRCode(String(repeating: "x", count: 5000)) == nil)
    }

    /// The code as a binary PGM picture, black on white with its quiet zone, `scale` pixels a module.
    static func pgm(_ code: QRCode, scale: Int) -> Data {
        let side = code.side * scale
        var data = Data("P5\n\(side) \(side)\n255\n".utf8)
        for y in 0..<side {
            for x in 0..<side {
                let (mx, my) = (x / scale - QRCode.quietZone, y / scale - QRCode.quietZone)
                let dark = mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.isDark(x: mx, y: my)
                data.append(dark ? 0 : 255)
            }
        }
        return data
    }
}
