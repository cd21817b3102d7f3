import Foundation
import Testing
import TestSupport

/// `kill -9` in the middle of a 100,000-offer build must leave the previous index answering.
@Suite struct InterruptedIndexTests {
    static let offerCount = 100_000

    @Test(.outsidePrograms)
    func killDuringALargeBuildLeavesTheOldIndexWorking() async throws {
        let fixture = CatalogFixture()
        let index = TemporaryFolder("indeks")
        #expect(try await CommandRunner.tilbud(["index", "--catalog", fixture.path, "--index", index.path]).status == 0)
        let live = try FileManager.default.destinationOfSymbolicLink(atPath: index.at("current"))

        let big = TemporaryFolder("stor")
        let corpus = big.at("landsdata.jsonl")
        try Self.writeCorpus(to: corpus, count: Self.offerCount)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.tilbudBinary)
        process.arguments = ["index", "--catalog", corpus, "--index", index.path, "--semantik", "fra"]  // about killing a build, not embedding
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait until the new database has been written to for a while: well into the build.
        let deadline = Date().addingTimeInterval(400)
        var building: String?
        while Date() < deadline, process.isRunning {
            building = try FileManager.default.contentsOfDirectory(atPath: index.path).first { $0.hasPrefix(".bygger-") }
            if let building, Self.size(of: index.at(building)) > 4_000_000 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(process.isRunning, "indekseringen blev færdig, før den kunne afbrydes")
        #expect(building != nil)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: index.at("current")) == live)
        let search = try await CommandRunner.tilbud(["search", "--index", index.path, "rygestop"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("1. Rygestopkursus"))

        // The next build succeeds and clears away what the killed one left.
        #expect(try await CommandRunner.tilbud(["index", "--catalog", fixture.path, "--index", index.path]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: index.path).filter { $0.hasPrefix(".bygger-") }
        #expect(leftovers.isEmpty)
    }

    /// Deterministic offers in the JSON Lines bulk format.
    static func writeCorpus(to path: String, count: Int) throws {
        let words = ["motion", "kost", "søvn", "ensomhed", "fællesskab", "træning", "rygning", "alkohol", "sorg", "gåtur",
                     "svømning", "undervisning", "samtale", "forløb", "hold", "familie", "ældre", "unge", "børn", "job"]
        var text = ""
        text.reserveCapacity(count * 320)
        for n in 0..<count {
            let body = (0..<40).map { words[(n &* 31 &+ $0 &* 7) % words.count] }.joined(separator: " ")
            text += #"{"id": "tilbud-\#(n)", "navn": "Tilbud \#(n) om \#(words[n % 20])", "kort": "Kort om \#(words[(n / 20) % 20]).", "#
            text += #""beskrivelse": "\#(body)", "behov": ["rygning"], "alder": {"fra": \#(n % 60), "til": \#(60 + n % 40)}, "#
            text += #""center": "sundhedscenter", "kommune": "k\#(n % 98)", "status": "aktiv"}"# + "\n"
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func size(of folder: String) -> Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.reduce(0) { total, name in
            total + ((try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0)
        }
    }
}
