import Foundation

/// The outcome of running a program to its end.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Standard output as bytes (for programs that write binary data).
    public var data: [UInt8] = []
}

/// Runs real programs (the built `tilbud`, pdftotext, python3 ...) for tests.
///
/// A test waits for its program on a thread of its own, never on one of Swift concurrency's:
/// the pool has one thread a core (two here), and it also runs every async test and the
/// in-process servers the tests talk to. Two tests that waited there a minute each for a browser
/// or a checker stopped them all, and the live servers' clients gave up (`readTimeout`).
public enum CommandRunner {
    /// Runs executable with arguments and waits (on a thread of its own); stdin is input (a pipe), or empty.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           workingDirectory: String? = nil, input: String? = nil, binaryOutput: Bool = false) async throws -> CommandResult {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    try runBlocking(executable, arguments, environment: environment, workingDirectory: workingDirectory, input: input,
                                    binaryOutput: binaryOutput)
                })
            }.start()
        }
    }

    /// Runs the built `tilbud` with arguments.
    public static func tilbud(_ arguments: [String], workingDirectory: String? = nil, input: String? = nil) async throws -> CommandResult {
        try await run(RepositoryPaths.tilbudBinary, arguments, workingDirectory: workingDirectory, input: input)
    }

    /// `run` for code that cannot wait asynchronously: blocks the calling thread, so only for
    /// programs that end at once.
    public static func runBlocking(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                                   workingDirectory: String? = nil, input: String? = nil, binaryOutput: Bool = false) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes to the end before waiting, so a full pipe cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: binaryOutput ? "" : String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self), data: binaryOutput ? [UInt8](outData) : [])
    }

    /// The full path of a program on PATH, or nil.
    public static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
