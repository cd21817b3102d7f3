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
public enum CommandRunner {
    /// Runs executable with arguments and waits; stdin is input (a pipe), or empty.
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
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

    /// Runs the built `tilbud` with arguments.
    public static func tilbud(_ arguments: [String], workingDirectory: String? = nil, input: String? = nil) throws -> CommandResult {
        try run(RepositoryPaths.tilbudBinary, arguments, workingDirectory: workingDirectory, input: input)
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
