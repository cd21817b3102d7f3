import Editorial
import Foundation
import TestSupport
import Testing

@Suite struct AtomicFileTests {
    @Test func writesTheNewBytesAndLeavesNoTemporaryFile() throws {
        let folder = TemporaryFolder("atomisk")
        let path = folder.write("tilbud/a.yaml", "gammel\n")
        try AtomicFile.write(Data("ny\n".utf8), to: path)
        #expect(String(decoding: AtomicFile.read(path) ?? Data(), as: UTF8.self) == "ny\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.at("tilbud")) == ["a.yaml"])
    }

    @Test func aFolderThatCannotBeWrittenGivesADanishError() throws {
        let path = "/proc/ikke-her/a.yaml"
        let error = #expect(throws: EditorialError.self) { try AtomicFile.write(Data("x".utf8), to: path) }
        #expect(error?.description.hasPrefix("Kunne ikke gemme /proc/ikke-her/a.yaml") == true)
    }

    /// A write that fails half-way (the temporary file's name is taken by a folder, so the new
    /// bytes have nowhere to go) leaves the old file as it was.
    @Test func aWriteThatFailsKeepsTheOldFile() throws {
        let folder = TemporaryFolder("atomisk")
        let path = folder.write("tilbud/a.yaml", "gammel\n")
        try FileManager.default.createDirectory(atPath: folder.at("tilbud/.a.yaml.gemmes"), withIntermediateDirectories: false)
        let error = #expect(throws: EditorialError.self) { try AtomicFile.write(Data("ny\n".utf8), to: path) }
        #expect(error?.description.hasPrefix("Kunne ikke gemme \(path)") == true, "\(String(describing: error))")
        #expect(String(decoding: AtomicFile.read(path) ?? Data(), as: UTF8.self) == "gammel\n")
    }
}
