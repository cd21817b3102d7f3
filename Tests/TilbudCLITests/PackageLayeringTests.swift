import Foundation
import Testing
import TestSupport

/// The layering of Package.swift as the sources hold it. The compiler checks Directory's side
/// (its `internal import`s keep the lower modules' types out of its public API); SwiftPM lets a
/// target import any module built beside it, so this checks that the faces do not.
@Suite struct PackageLayeringTests {
    /// The modules under Directory that only Directory (and tools and tests) may import.
    static let below: Set<String> = ["Catalog", "OfferIndex", "TextEmbedding", "Export", "Handout", "Editorial", "Mail", "CXapian"]

    /// `import` lines of every Swift file under `Sources/<target>`, with the file they stand in.
    static func imports(of target: String) throws -> [(file: String, access: String, module: String)] {
        let root = RepositoryPaths.root + "/Sources/" + target
        let files = try #require(FileManager.default.subpaths(atPath: root)).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        return try files.flatMap { file in
            try String(contentsOfFile: root + "/" + file, encoding: .utf8).split(separator: "\n").compactMap { line in
                let words = line.split(separator: " ").map(String.init)
                guard let at = words.firstIndex(of: "import"), at + 1 < words.count, at <= 2 else { return nil }
                return (file, words[..<at].filter { $0 != "@testable" }.joined(separator: " "), words[at + 1])
            }
        }
    }

    @Test(arguments: ["WebApp", "tilbud"])
    func aFaceImportsNothingBelowDirectory(_ face: String) throws {
        let trespasses = try Self.imports(of: face).filter { Self.below.contains($0.module) }
        #expect(trespasses.isEmpty, "\(trespasses.map { "\($0.file): import \($0.module)" })")
    }

    @Test func directoryImportsTheModulesBelowItInternally() throws {
        let imports = try Self.imports(of: "Directory").filter { Self.below.contains($0.module) }
        #expect(!imports.isEmpty)
        let open = imports.filter { $0.access != "internal" }
        #expect(open.isEmpty, "\(open.map { "\($0.file): \($0.access) import \($0.module)" })")
    }
}
