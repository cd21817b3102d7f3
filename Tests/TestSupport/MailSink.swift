import Foundation

/// A real SMTP server (Python's aiosmtpd, `Tests/TilbudCLITests/Scripts/smtp_sink.py`) and a
/// real sendmail-compatible client configured to it (Debian's msmtp, behind a small `sendmail`
/// script that names its configuration): what the project sends with `post.sendmail` set to
/// `sendmail` arrives here and is parsed back with Python's email package.
///
/// Needs the test Python (`TILBUD_PYTHON`, `.venv-tests` from scripts/test, with aiosmtpd) and
/// msmtp (scripts/install-deps test); a missing one fails the test that needs it.
public final class MailSink: @unchecked Sendable {
    // `@unchecked Sendable`: every property is set in init and only read afterwards.
    public let folder = TemporaryFolder("post")
    /// The program to give `post.sendmail`.
    public let sendmail: String
    public let port: Int
    private let server: Process
    private let python: String

    /// One received message as Python's email package reads it.
    public struct Message: Decodable, Sendable {
        public var envelope_to: [String]
        public var to: [String]
        public var to_names: [String]
        public var from: String
        public var subject: String
        public var message_id: String
        public var date: String
        public var content_type: String
        public var charset: String
        public var text: String
        public var links: [String]
        public var ascii_only: Bool
    }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    static let script = RepositoryPaths.root + "/Tests/TilbudCLITests/Scripts/smtp_sink.py"

    public init() throws {
        guard let python = ProcessInfo.processInfo.environment["TILBUD_PYTHON"], FileManager.default.isExecutableFile(atPath: python) else {
            throw Missing(description: "TILBUD_PYTHON peger ikke på .venv-tests/bin/python (med aiosmtpd): kør testene med scripts/test")
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/msmtp") else {
            throw Missing(description: "msmtp mangler: scripts/install-deps test")
        }
        self.python = python
        let received = folder.at("modtaget")
        try FileManager.default.createDirectory(atPath: received, withIntermediateDirectories: true)
        server = Process()
        server.executableURL = URL(fileURLWithPath: python)
        server.arguments = [Self.script, "serve", received]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        let text = ServerProcess.firstLine(out.fileHandleForReading)
        guard let number = text.split(separator: " ").last.flatMap({ Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) else {
            server.terminate()
            throw Missing(description: "SMTP-serveren (aiosmtpd) startede ikke: '\(text)'; kør scripts/test, der installerer aiosmtpd")
        }
        port = number
        let configuration = folder.write("msmtprc", """
            defaults
            auth off
            tls off
            logfile \(folder.at("msmtp.log"))
            account test
            host 127.0.0.1
            port \(port)
            from tilbudsguide@test.invalid
            account default : test

            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: configuration)
        sendmail = folder.write("sendmail", "#!/bin/sh\nexec /usr/bin/msmtp -C \(configuration) \"$@\"\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sendmail)
    }

    deinit {
        server.terminate()
        server.waitUntilExit()
    }

    /// Every message received so far, oldest first.
    public func messages() async throws -> [Message] {
        let result = try await CommandRunner.run(python, [Self.script, "read", folder.at("modtaget")])
        guard result.status == 0 else { throw Missing(description: "posten kunne ikke læses: \(result.stderr)") }
        return try JSONDecoder().decode([Message].self, from: Data(result.stdout.utf8))
    }
}
