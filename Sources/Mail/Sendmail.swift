import Foundation

/// Sends mail the way Unix programs do: the message on standard input of a sendmail-compatible
/// program called with `-t -oi` (recipients from the headers; a line with a single dot is not
/// the end). On Debian `msmtp-mta` provides `/usr/sbin/sendmail` and relays to the
/// municipality's mail server with TLS; there is no SMTP code here.
public protocol MailTransport: Sendable {
    func send(_ message: MailMessage) throws(MailError)
}

public struct Sendmail: MailTransport {
    public static let defaultProgram = "/usr/sbin/sendmail"
    /// The program (`post.sendmail`).
    public var program: String
    /// How long one message may take before the program is stopped.
    public var timeLimit: Int

    /// SIGPIPE ignored once for the process (as servers do); set before the first write to a pipe.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    public init(program: String = defaultProgram, timeLimit: Int = 120) {
        self.program = program
        self.timeLimit = timeLimit
    }

    /// Hands message to the program; throws unless it ends with status 0.
    public func send(_ message: MailMessage) throws(MailError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-t", "-oi"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .noTransport(program: program, reason: error.localizedDescription) }
        // The reply is read while the message is written, so a chatty program never blocks on a full pipe.
        let reply = ReplyCollector(output.fileHandleForReading)
        // A program that ends without reading (a wrong path to a script, a refusal) must not take
        // this process with it: the write then fails with EPIPE instead of raising SIGPIPE, and
        // the program's exit status tells what went wrong.
        _ = Self.ignoreBrokenPipes
        try? input.fileHandleForWriting.write(contentsOf: Data(message.rendered.utf8))
        try? input.fileHandleForWriting.close()
        if finished.wait(timeout: .now() + .seconds(timeLimit)) == .timedOut {
            process.terminate()
            finished.wait()
            throw .timedOut(program: program, seconds: timeLimit)
        }
        let text = reply.text()
        guard process.terminationStatus == 0 else {
            throw .refused(program: program, status: process.terminationStatus, output: text)
        }
    }
}

/// Reads a program's output on a thread of its own until the pipe closes.
/// `@unchecked Sendable`: `data` is written by the reading thread only before `done` is signalled.
private final class ReplyCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            .split(separator: "\n").suffix(5).joined(separator: " ")
    }
}
