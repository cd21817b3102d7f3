@testable import Directory
import Foundation
import OfferModel
import TestSupport
import Testing

@Suite struct SundhedDKRoundTests {
    @Test func theSecondPackageReportsWhatChangedSinceTheFirst() throws {
        let site = try EditorialFixture()
        #expect(throws: DirectoryError.self) { try site.service.sundhedDKPackage(by: EditorialFixture.health) }
        let first = try site.service.sundhedDKPackage(by: EditorialFixture.admin, now: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(first.archive.prefix(2) == Data("PK".utf8))
        #expect(first.report.files.contains("tilbud.csv") && first.report.files.contains("aendringer.md"))
        guard case .saved = try site.service.save(try site.edit("rygestop", ["tid": "Mandage kl. 17"]), by: EditorialFixture.health) else {
            Issue.record("ikke gemt"); return
        }
        let second = try site.service.sundhedDKPackage(by: EditorialFixture.admin, now: Date(timeIntervalSince1970: 1_790_000_100))
        #expect(second.report.changes?.changed.map(\.id) == ["rygestop"])
        #expect(second.report.changes?.added.isEmpty == true)
    }

    /// The packages are kept in the state folder, readable by its owner only like the rest of it.
    @Test func thePackagesKeptAreReadableByTheOwnerOnly() throws {
        let site = try EditorialFixture()
        _ = try site.service.sundhedDKPackage(by: EditorialFixture.admin)
        let root = site.state.at("sundhed-dk")
        let paths = try [root] + FileManager.default.subpathsOfDirectory(atPath: root).map { root + "/" + $0 }
        #expect(paths.count > 3)
        for path in paths {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == (isFolder.boolValue ? 0o700 : 0o600), "\(path): \(String(mode ?? 0, radix: 8))")
        }
    }
}
