import Foundation
import Testing
import TestSupport

/// What scripts/deploy installs, tried with the real programs: systemd's own check of the units,
/// Debian's nginx in front of the real server, and two servers following one catalogue.
@Suite(.serialized) struct DeploymentTests {
    static let deploy = RepositoryPaths.root + "/scripts/deploy"

    @Test func systemdAcceptsTheUnits() async throws {
        let folder = TemporaryFolder("enheder")
        for unit in ["tilbudsguide.service", "tilbudsguide-folg.service"] {
            // The installed paths do not exist here; systemd checks that ExecStart's program does.
            let text = try String(contentsOfFile: Self.deploy + "/" + unit, encoding: .utf8)
                .replacingOccurrences(of: "/usr/local/bin/tilbud", with: RepositoryPaths.tilbudBinary)
                .replacingOccurrences(of: "/usr/local/lib/tilbudsguide/folg-katalog", with: RepositoryPaths.root + "/scripts/folg-katalog")
            let result = try await CommandRunner.run("/usr/bin/systemd-analyze", ["verify", folder.write(unit, text)])
            #expect(result.status == 0 && result.stderr.isEmpty, "\(unit): \(result.stderr)")
            #expect(text.contains("User=tilbudsguide") && text.contains("Restart=on-failure") && text.contains("StateDirectory=tilbudsguide"))
        }
    }

    @Test func theReminderTimerRunsOnTheFirstWeekdayOfEveryMonth() async throws {
        let folder = TemporaryFolder("paamind")
        let service = try String(contentsOfFile: Self.deploy + "/tilbudsguide-paamind.service", encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/tilbud", with: RepositoryPaths.tilbudBinary)
        let timer = try String(contentsOfFile: Self.deploy + "/tilbudsguide-paamind.timer", encoding: .utf8)
        let verified = try await CommandRunner.run("/usr/bin/systemd-analyze", [
            "verify", folder.write("tilbudsguide-paamind.service", service), folder.write("tilbudsguide-paamind.timer", timer)])
        #expect(verified.status == 0 && verified.stderr.isEmpty, "\(verified.stderr)")
        #expect(service.contains("User=tilbudsguide") && service.contains("tilbud paamind --indstillinger /etc/tilbudsguide/tilbudsguide.conf"))
        #expect(timer.contains("Persistent=true"))
        // systemd's own calendar says when the timer fires; every month of the next two years must
        // get exactly one run, on its first weekday.
        let lines: [Substring] = timer.split(separator: "\n")
        let expressions = lines.filter { $0.hasPrefix("OnCalendar=") }.map { String($0.dropFirst("OnCalendar=".count)) }
        #expect(expressions.count >= 1)
        var runs: [String] = []
        for expression in expressions {
            let result = try await CommandRunner.run("/usr/bin/systemd-analyze", ["calendar", "--iterations=30", expression])
            #expect(result.status == 0, "\(result.stderr)")
            for line in result.stdout.components(separatedBy: "\n") {
                let words = line.components(separatedBy: " ")
                if let day = words.first(where: { $0.count == 10 && $0.dropFirst(4).first == "-" }) { runs.append(day) }
            }
        }
        let months = Set(runs.map { $0.prefix(7) }).sorted().prefix(24)
        #expect(months.count == 24)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for month in months {
            let inMonth = runs.filter { $0.hasPrefix(month) }
            #expect(inMonth.count == 1, "\(month): \(inMonth)")
            let parts = month.split(separator: "-").compactMap { Int($0) }
            var day = 1
            while [1, 7].contains(calendar.component(.weekday, from: calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: day))!)) { day += 1 }
            #expect(inMonth.first == String(format: "%@-%02d", String(month), day), "\(month): \(inMonth)")
        }
    }

    @Test func theSettingsFileOfTheUnitIsValid() async throws {
        let result = try await CommandRunner.run(RepositoryPaths.tilbudBinary, ["serve", "--indstillinger", Self.deploy + "/tilbudsguide.conf",
                                                                          "--indstilling", "port=99999"])
        // Only the port given here is wrong: every line of the file passed.
        #expect(result.stderr.contains("én indstilling er forkert"), "\(result.stderr)")
        #expect(result.stderr.contains("--indstilling port=99999: port skal være"))
    }

    @Test(.outsidePrograms) func nginxWithTLSInFrontOfTheServer() async throws {
        let index = try await ServeTests.bundledIndex()
        let result = try await CommandRunner.run("/usr/bin/python3", [
            RepositoryPaths.root + "/Tests/TilbudCLITests/Scripts/deploy_check.py", "--tilbud", RepositoryPaths.tilbudBinary,
            "--index", index.path, "--site", Self.deploy + "/nginx-tilbudsguide.conf",
        ])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("OK: nginx' log har ingen søgetekst"))
    }

    /// Two servers, each with its own clone and index, follow one catalogue repository with
    /// scripts/folg-katalog; after an editor's change both answer the same, change included.
    @Test(.outsidePrograms) func twoServersOnOneCatalogueAnswerTheSameAfterAChange() async throws {
        let folder = TemporaryFolder("to-servere")
        func git(_ arguments: [String], in directory: String? = nil) async throws {
            let result = try await CommandRunner.run("/usr/bin/git", ["-c", "user.name=Redaktion", "-c", "user.email=redaktion@example.dk",
                                                                "-c", "init.defaultBranch=main"] + arguments, workingDirectory: directory)
            try #require(result.status == 0, "git \(arguments): \(result.stderr)")
        }
        try await git(["init", "--bare", "-q", folder.at("katalog.git")])
        try await git(["clone", "-q", folder.at("katalog.git"), folder.at("redaktion")])
        try FileManager.default.copyItem(atPath: RepositoryPaths.catalog, toPath: folder.at("redaktion/catalog"))
        try await git(["add", "catalog"], in: folder.at("redaktion"))
        try await git(["commit", "-q", "-m", "Kataloget"], in: folder.at("redaktion"))
        try await git(["push", "-q", "origin", "HEAD"], in: folder.at("redaktion"))
        let follow = RepositoryPaths.root + "/scripts/folg-katalog"
        let environment = ["TILBUD": RepositoryPaths.tilbudBinary]
        var servers: [Process] = []
        var addresses: [String] = []
        defer { for server in servers where server.isRunning { server.terminate(); server.waitUntilExit() } }
        for name in ["a", "b"] {
            try await git(["clone", "-q", folder.at("katalog.git"), folder.at("\(name)/katalog")])
            let first = try await CommandRunner.run(follow, [folder.at("\(name)/katalog"), folder.at("\(name)/index"), "0"], environment: environment)
            try #require(first.status == 0, "\(first.stderr)")
            // Both answer with the model alike: loaded before the searches, and a budget no busy
            // test machine runs out (with the server's 50 ms one might answer lexically).
            let (server, address) = try ServerProcess.start(index: folder.at("\(name)/index"),
                                                            arguments: ["--indstilling", "semantik.frist=10000"])
            servers.append(server)
            addresses.append(address)
            try await ServerProcess.waitForModel(address)
        }
        folder.write("redaktion/catalog/tilbud/foelgetest.yaml", """
        navn: Følgetest for to servere
        kort: Et tilbud, der kun findes efter ændringen (foelgeord).
        behov: [rygning]
        center: tandplejen
        status: aktiv

        """)
        try await git(["add", "catalog"], in: folder.at("redaktion"))
        try await git(["commit", "-q", "-m", "Nyt tilbud"], in: folder.at("redaktion"))
        try await git(["push", "-q", "origin", "HEAD"], in: folder.at("redaktion"))
        for name in ["a", "b"] {
            let round = try await CommandRunner.run(follow, [folder.at("\(name)/katalog"), folder.at("\(name)/index"), "0"], environment: environment)
            #expect(round.status == 0, "\(round.stderr)")
        }
        for query in ["q=foelgeord", "q=rygestop", "q=sukkersyge&alder=67", "q=ensom&limit=30", "behov=rygning&limit=200", "q=xyzzy"] {
            let answers = try await addresses.asyncMap { try await ServerProcess.json($0 + "/api/search?" + query) }
            #expect(answers[0] == answers[1], "\(query)")
            if query == "q=foelgeord" { #expect(answers[0]["antal"] as? Int == 1) }
        }
        let offers = try await addresses.asyncMap { try await ServerProcess.json($0 + "/api/tilbud/foelgetest") }
        #expect(offers[0] == offers[1] && offers[0]["navn"] as? String == "Følgetest for to servere")
    }
}

extension DeploymentTests {
    /// The server that runs Redaktionen commits each save in its own clone; its folg-katalog round
    /// (with TILSTAND) pulls others' changes under them and pushes them, so the second server gets
    /// them at its next round.
    @Test(.outsidePrograms) func redaktionensCommitsReachTheOtherServer() async throws {
        let folder = TemporaryFolder("redaktion-push")
        func git(_ arguments: [String], in directory: String? = nil) async throws {
            let result = try await CommandRunner.run("/usr/bin/git", ["-c", "user.name=Redaktion", "-c", "user.email=redaktion@example.dk",
                                                                "-c", "init.defaultBranch=main"] + arguments, workingDirectory: directory)
            try #require(result.status == 0, "git \(arguments): \(result.stderr)")
        }
        try await git(["init", "--bare", "-q", folder.at("katalog.git")])
        try await git(["clone", "-q", folder.at("katalog.git"), folder.at("central")])
        try FileManager.default.copyItem(atPath: RepositoryPaths.catalog, toPath: folder.at("central/catalog"))
        try await git(["add", "catalog"], in: folder.at("central"))
        try await git(["commit", "-q", "-m", "Kataloget"], in: folder.at("central"))
        try await git(["push", "-q", "origin", "HEAD"], in: folder.at("central"))
        for name in ["a", "b"] { try await git(["clone", "-q", folder.at("katalog.git"), folder.at(name)]) }
        for name in ["a", "b"] { try await git(["config", "user.name", "Redaktion"], in: folder.at(name)) }
        for name in ["a", "b"] { try await git(["config", "user.email", "redaktion@example.dk"], in: folder.at(name)) }
        // A save in Redaktionen on server a, and meanwhile a change made in git by someone else.
        let offer = folder.at("a/catalog/tilbud/rygestopkursus.yaml")
        try (try String(contentsOfFile: offer, encoding: .utf8) + "pris: Gratis\n").write(toFile: offer, atomically: true, encoding: .utf8)
        try await git(["commit", "-q", "-am", "Redaktionen: anna gemte ændringer rygestopkursus"], in: folder.at("a"))
        folder.write("central/catalog/tilbud/fra-git.yaml", "navn: Fra git\nkort: Rettet i git.\nbehov: [rygning]\ncenter: tandplejen\nstatus: aktiv\n")
        try await git(["add", "catalog"], in: folder.at("central"))
        try await git(["commit", "-q", "-m", "Nyt tilbud fra git"], in: folder.at("central"))
        try await git(["push", "-q", "origin", "HEAD"], in: folder.at("central"))
        try FileManager.default.createDirectory(atPath: folder.at("tilstand"), withIntermediateDirectories: true)
        let follow = RepositoryPaths.root + "/scripts/folg-katalog"
        let primary = try await CommandRunner.run(follow, [folder.at("a"), folder.at("a-index"), "0"],
                                            environment: ["TILBUD": RepositoryPaths.tilbudBinary, "TILSTAND": folder.at("tilstand")])
        #expect(primary.status == 0, "\(primary.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.at("a/catalog/tilbud/fra-git.yaml")), "a pulled the change from git")
        let second = try await CommandRunner.run(follow, [folder.at("b"), folder.at("b-index"), "0"], environment: ["TILBUD": RepositoryPaths.tilbudBinary])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try String(contentsOfFile: folder.at("b/catalog/tilbud/rygestopkursus.yaml"), encoding: .utf8).contains("pris: Gratis"),
                "b got Redaktionen's save through the repository")
        #expect(FileManager.default.fileExists(atPath: folder.at("b/catalog/tilbud/fra-git.yaml")))
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
