import Catalog
@testable import Directory
import Editorial
import Foundation
import OfferModel
import TestSupport
import Testing

/// `tilbud format` (the real binary) against saves from Redaktionen on the same catalogue: the
/// formatter is a writer like any other, so it waits for the save lock and never writes back an
/// offer as it was before a save.
@Suite struct CatalogFormattingTests {
    /// While a save holds the lock, `tilbud format` waits for it (it is seen waiting in
    /// `/proc/locks`), and what the save wrote meanwhile is what it finds and keeps.
    @Test func formatWaitsForTheSaveLockAndKeepsWhatWasSavedMeanwhile() async throws {
        let site = try EditorialFixture()
        // `tilbud format` run here finds the fixture's state folder as its default `.tilstand`.
        let work = TemporaryFolder("format-laas")
        try FileManager.default.createSymbolicLink(atPath: work.at(".tilstand"), withDestinationPath: site.state.path)
        var offer = try await site.service.editableOffer(id: "rygestop").offer
        offer.contact.phone = "43 57 00 00"
        let saved = try CatalogWriter.offerYAML(offer, defaultMunicipality: "testby")
        let path = site.catalog.at("tilbud/rygestop.yaml")
        let lock = SaveLock(path: site.state.at("redaktion.lock"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.tilbudBinary)
        process.arguments = ["format", "--catalog", site.catalog.path, "--index", site.index.path]
        process.currentDirectoryURL = URL(fileURLWithPath: work.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let waited = try await OwnThread.run { () throws -> Bool in
            try lock.withLock { () throws -> Bool in
                try process.run()
                let waited = Self.waitUntilBlockedOnALockOrGone(process)
                // What a save does under the lock: the offer's new file, renamed into place.
                try AtomicFile.write(Data(saved.utf8), to: path)
                return waited
            }
        }
        try await OwnThread.run { process.waitUntilExit() }
        #expect(waited, "tilbud format ran without waiting for the save lock")
        #expect(process.terminationStatus == 0)
        #expect(site.file("rygestop").contains("telefon: 43 57 00 00"), "the save was undone: \(site.file("rygestop"))")
    }

    /// Saves from Redaktionen and `tilbud format` runs at the same time, round after round, on
    /// a copy of the bundled catalogue (already in the canonical form): every save reported
    /// "saved" is still in the file after the format run beside it. Each save starts when the
    /// formatter opens its first offer file (inotify), and the offer is the first it reads, so
    /// without the lock most of its run lies between reading the offer and writing it back.
    @Test func formatRunsBesideSavesLoseNoSave() async throws {
        let work = TemporaryFolder("format-kapløb")
        let catalog = work.at("katalog")
        try FileManager.default.copyItem(atPath: RepositoryPaths.catalog, toPath: catalog)
        let directory = OfferDirectory(catalogPath: catalog, indexPath: work.at("indeks"))
        _ = try await directory.reindex()
        let service = try EditorialService(directory: directory, stateFolder: work.at(".tilstand"))
        let id = "aktivitetscenteret-egely"
        let editor = Editor(name: "Admin", scope: .administrator)
        var lost: [String] = []
        for round in 0..<6 {
            let editable = try await service.editableOffer(id: id)
            var texts = OfferFields.values(of: editable.offer)
            texts["tid"] = "Runde \(round)"
            let edit = OfferEdit(id: id, texts: texts, baseVersion: editable.version)
            let opened = try OpenWatch(folder: catalog + "/tilbud")
            let format = Process()
            format.executableURL = URL(fileURLWithPath: RepositoryPaths.tilbudBinary)
            format.arguments = ["format", "--catalog", catalog, "--index", work.at("indeks")]
            format.currentDirectoryURL = URL(fileURLWithPath: work.path)
            format.standardOutput = FileHandle.nullDevice
            try format.run()
            let outcome = try await OwnThread.run { () throws -> SaveOutcome in
                opened.wait()
                return try service.save(edit, by: editor)
            }
            try await OwnThread.run { format.waitUntilExit() }
            #expect(format.terminationStatus == 0)
            guard case .saved = outcome else { Issue.record("runde \(round): \(outcome)"); continue }
            let text = (try? String(contentsOfFile: catalog + "/tilbud/\(id).yaml", encoding: .utf8)) ?? ""
            if !text.contains("tid: Runde \(round)") { lost.append("runde \(round)") }
        }
        #expect(lost.isEmpty, "saves undone by tilbud format: \(lost)")
    }

    /// Polls until process is seen waiting for a file lock in `/proc/locks` (true) or has ended
    /// (false); a guard of two minutes against a hang.
    static func waitUntilBlockedOnALockOrGone(_ process: Process) -> Bool {
        let pid = Substring(String(process.processIdentifier))
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            let locks = (try? String(contentsOfFile: "/proc/locks", encoding: .utf8)) ?? ""
            let waiting = locks.split(separator: "\n").contains { line in
                let fields = line.split(separator: " ")
                return fields.contains("->") && fields.contains("FLOCK") && fields.contains(pid)
            }
            if waiting { return true }
            usleep(5_000)
        }
        return false
    }
}

/// Runs blocking work (a held file lock, a save that fsyncs) on a thread of its own, never on one
/// of Swift concurrency's few (see `CommandRunner`).
enum OwnThread {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try body() }) }.start()
        }
    }
}

/// Tells when some process opens a file in a folder (Linux inotify), to start something at the
/// moment another program begins reading a catalogue.
/// `@unchecked Sendable`: the descriptor is only read by `wait` and closed in deinit.
final class OpenWatch: @unchecked Sendable {
    private let descriptor: Int32

    init(folder: String) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0, inotify_add_watch(descriptor, folder, UInt32(IN_OPEN)) >= 0 else {
            throw POSIXError(.init(rawValue: errno) ?? .EINVAL)
        }
    }

    deinit { close(descriptor) }

    /// Blocks until a file in the folder has been opened since `init`, or a minute has passed.
    func wait() {
        var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&watched, 1, 60_000)
    }
}
