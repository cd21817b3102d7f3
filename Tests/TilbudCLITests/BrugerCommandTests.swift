import Foundation
import Testing
import TestSupport

/// `tilbud bruger` with the real binary, the password on standard input, a real account file.
@Suite struct BrugerCommandTests {
    let folder = TemporaryFolder("bruger")
    let fixture = CatalogFixture()
    var state: [String] { ["--tilstand", folder.at("tilstand"), "--catalog", fixture.path] }

    func tilbud(_ arguments: [String], input: String? = nil) async throws -> CommandResult {
        try await CommandRunner.tilbud(["bruger"] + arguments + state, input: input)
    }

    @Test func createListChangeAndDelete() async throws {
        let created = try await tilbud(["opret", "anna", "--center", "sundhedscenter"], input: "hemmelig-kode-1\n")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "Brugeren 'anna' er oprettet som redaktør for sundhedscenter. Uden e-mailadresse får den ingen påmindelser (tilbud bruger email).\n")
        await #expect(try tilbud(["opret", "Bo", "--administrator", "--email", "bo@testby.dk"], input: "hemmelig-kode-2").status == 0)
        let listed = try await tilbud(["liste"])
        #expect(listed.stdout == "anna    redaktør for sundhedscenter, ingen e-mail\nBo      administrator, bo@testby.dk\n")
        let changed = try await tilbud(["adgangskode", "anna"], input: "ny-hemmelig-kode\n")
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("Adgangskoden for 'anna' er skiftet"))
        let deleted = try await tilbud(["slet", "Bo"])
        #expect(deleted.status == 0 && deleted.stdout == "Brugeren 'Bo' er slettet.\n")
        await #expect(try tilbud(["liste"]).stdout == "anna    redaktør for sundhedscenter, ingen e-mail\n")
        let again = try await tilbud(["slet", "Bo"])
        #expect(again.status == 1 && again.stderr.contains("Der er ingen bruger, der hedder 'Bo'"))
    }

    @Test func anEmailAddressIsCheckedGivenAndChanged() async throws {
        let created = try await tilbud(["opret", "anna", "--center", "sundhedscenter", "--email", "mailto:Anna@TESTBY.dk"],
                                       input: "hemmelig-kode-1\n")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("med e-mail Anna@testby.dk"))
        let shown = try await tilbud(["opret", "bo", "--administrator", "--email", "Bo Ib <bo@testby.dk>"], input: "hemmelig-kode-1\n")
        #expect(shown.status != 0 && shown.stderr.contains("skriv kun adressen"), "\(shown.stderr)")
        let changed = try await tilbud(["email", "anna", "anna.sund@testby.dk"])
        #expect(changed.status == 0 && changed.stdout == "'anna' får nu post på anna.sund@testby.dk.\n", "\(changed.stderr)")
        await #expect(try tilbud(["liste"]).stdout == "anna    redaktør for sundhedscenter, anna.sund@testby.dk\n")
        let removed = try await tilbud(["email", "anna", "--ingen"])
        #expect(removed.stdout == "'anna' får ingen post fra nu af.\n")
        let unknown = try await tilbud(["email", "ukendt", "a@testby.dk"])
        #expect(unknown.status == 1 && unknown.stderr.contains("Der er ingen bruger, der hedder 'ukendt'"))
    }

    @Test func passwordsAreNeverPrintedNorStoredAsTyped() async throws {
        let results = await [try tilbud(["opret", "anna", "--administrator"], input: "hemmelig-kode-1\n"),
                       try tilbud(["adgangskode", "anna"], input: "ny-hemmelig-kode\n"), try tilbud(["liste"])]
        for result in results {
            #expect(!(result.stdout + result.stderr).contains("hemmelig"))
            #expect(!(result.stdout + result.stderr).contains("$2b$"))
        }
        let bytes = try #require(FileManager.default.contents(atPath: folder.at("tilstand/brugere.sqlite")))
        #expect(bytes.range(of: Data("hemmelig".utf8)) == nil)
    }

    @Test func noOptionTakesThePassword() async throws {
        for option in ["--adgangskode", "--password", "--kode"] {
            let result = try await tilbud(["opret", "anna", "--administrator", option, "hemmelig-kode-1"], input: "hemmelig-kode-1\n")
            #expect(result.status != 0, "\(option)")
            #expect(result.stderr.contains("Unknown option") || result.stderr.contains("Unexpected argument"), "\(option)")
        }
        // A second argument is not a password either.
        await #expect(try tilbud(["opret", "anna", "hemmelig-kode-1", "--administrator"], input: "x\n").status != 0)
        await #expect(try tilbud(["liste"]).stdout.contains("ingen brugere"))
        let help = try await CommandRunner.tilbud(["bruger", "opret", "--help"])
        #expect(!help.stdout.lowercased().contains("--adgangskode"))
        #expect(!help.stdout.lowercased().contains("password"))
    }

    @Test func aCentreMustBeInTheCatalogue() async throws {
        let result = try await tilbud(["opret", "anna", "--center", "tandplejen"], input: "hemmelig-kode-1\n")
        #expect(result.status == 1)
        #expect(result.stderr == "tilbud: Centret 'tandplejen' findes ikke i katalogets centre.yaml. Kendte centre: sundhedscenter, aeldrecenter.\n")
        await #expect(try tilbud(["liste"]).stdout.contains("ingen brugere"))
    }

    @Test func danishMessagesForWhatCanBeFixed() async throws {
        let short = try await tilbud(["opret", "anna", "--administrator"], input: "kort\n")
        #expect(short.status == 1 && short.stderr == "tilbud: Adgangskoden skal have mindst 10 tegn.\n")
        let none = try await tilbud(["opret", "anna", "--administrator"], input: "")
        #expect(none.status == 1 && none.stderr.contains("Der kom ingen adgangskode på standard-input"))
        let both = try await tilbud(["opret", "anna", "--administrator", "--center", "sundhedscenter"], input: "hemmelig-kode-1\n")
        #expect(both.status != 0 && both.stderr.contains("Angiv enten --center ID"))
        await #expect(try tilbud(["opret", "anna", "--administrator"], input: "hemmelig-kode-1\n").status == 0)
        let taken = try await tilbud(["opret", "ANNA", "--administrator"], input: "hemmelig-kode-1\n")
        #expect(taken.status == 1 && taken.stderr.contains("Der er allerede en bruger, der hedder 'ANNA'"))
        let unknown = try await tilbud(["adgangskode", "bo"], input: "hemmelig-kode-1\n")
        #expect(unknown.status == 1 && unknown.stderr.contains("Der er ingen bruger, der hedder 'bo'"))
    }

    @Test func theStateFolderStaysOutOfTheCatalogueAndTheIndex() async throws {
        let index = folder.at("indeks")
        for inside in [fixture.path + "/tilstand", index + "/tilstand"] {
            let result = try await CommandRunner.tilbud(["bruger", "opret", "anna", "--administrator", "--tilstand", inside,
                                                   "--catalog", fixture.path, "--index", index], input: "hemmelig-kode-1\n")
            #expect(result.status == 1)
            #expect(result.stderr.contains("må ikke ligge i"))
            #expect(!FileManager.default.fileExists(atPath: inside))
        }
    }

    /// At a terminal (a pseudo-terminal from python3's pty module) the password is asked for in
    /// Danish, twice, and what is typed is not echoed.
    @Test func atATerminalThePasswordIsAskedForWithoutEcho() async throws {
        let script = """
        import os, pty, sys, time
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(sys.argv[1], sys.argv[1:])
        seen = b""
        def until(text):
            global seen
            end = time.time() + 20
            while (text is None or text not in seen) and time.time() < end:
                try: chunk = os.read(fd, 1024)
                except OSError: break
                if not chunk: break
                seen += chunk
        until(b"Adgangskode: "); os.write(fd, b"hemmelig-kode-1\\n")
        until(b"Gentag adgangskoden: "); os.write(fd, b"hemmelig-kode-1\\n")
        until(b"oprettet")
        until(None)  # to the end: the terminal closes when the program exits
        end = time.time() + 20
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.time() > end:
                os.kill(pid, 9)
                _, status = os.waitpid(pid, 0)
                break
            time.sleep(0.05)
        sys.stdout.write(seen.decode("utf-8", "replace"))
        # Only a program that exited by itself with 0 passes; one that was killed gives 128 + signal.
        sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
        """
        let result = try await CommandRunner.run("/usr/bin/python3", ["-c", script, RepositoryPaths.tilbudBinary, "bruger", "opret", "anna",
                                                                "--administrator"] + state)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Adgangskode: ") && result.stdout.contains("Gentag adgangskoden: "))
        #expect(result.stdout.contains("Brugeren 'anna' er oprettet som administrator."))
        #expect(!result.stdout.contains("hemmelig"), "the password was echoed: \(result.stdout)")
    }
}
