import Editorial
import Foundation
import Testing
import TestSupport

@Suite struct AtomicFileTests {
    @Test func writesTheNewBytesAndLeavesNoTemporaryFile() throws {
        let folder = TemporaryFolder("atomisk")
        let path = folder.write("tilbud/a.yaml", "gammel\n")
        try AtomicFile.write(Data("ny\n".utf8), to: path)
        #expect(String(decoding: AtomicFile.read(path) ?? Data(), as: UTF8.self) == "ny\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.at("tilbud")) == ["a.yaml"])
    }

    @Test func aFolderThatCannotBeWrittenGivesADanishErrorAndKeepsTheOldFile() throws {
        let path = "/proc/ikke-her/a.yaml"
        #expect(throws: EditorialError.self) { try AtomicFile.write(Data("x".utf8), to: path) }
        do { try AtomicFile.write(Data("x".utf8), to: path) } catch {
            #expect(error.description.hasPrefix("Kunne ikke gemme /proc/ikke-her/a.yaml"))
        }
    }
}
