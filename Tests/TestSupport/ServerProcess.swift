import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real `tilbud serve` on a free loopback port, for tests that talk to it over HTTP.
public enum ServerProcess {
    /// Starts the server over index and returns it with its address once it listens.
    public static func start(index: String, arguments: [String] = []) throws -> (Process, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.tilbudBinary)
        process.arguments = ["serve", "--index", index, "--port", "0"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = firstLine(out.fileHandleForReading)
        guard let range = text.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression) else {
            process.terminate()
            throw ServerProcessError(message: "tilbud serve startede ikke: \(text)")
        }
        return (process, String(text[range]))
    }

    /// What a started program writes first, up to its first line end (empty if it ends without one):
    /// how a test learns the port a server it started listens on.
    public static func firstLine(_ handle: FileHandle) -> String {
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// Waits (at most a minute) until the server at address has its language model loaded or
    /// knows it has none: until then `/healthz` says `indlaeser` and searches answer lexically.
    public static func waitForModel(_ address: String) async throws {
        for _ in 0..<600 {
            let health = try await json(address + "/healthz")
            let model = (health["afhaengigheder"] as? [NSDictionary])?.first { $0["navn"] as? String == "sprogmodel" }
            if model?["tilstand"] as? String != "indlaeser" { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ServerProcessError(message: "sprogmodellen blev ikke indlæst i \(address) på et minut")
    }

    /// The JSON object at url.
    public static func json(_ url: String) async throws -> NSDictionary {
        let (data, _) = try await URLSession.shared.data(from: URL(string: url)!)
        guard let object = try JSONSerialization.jsonObject(with: data) as? NSDictionary else {
            throw ServerProcessError(message: "intet JSON-objekt fra \(url)")
        }
        return object
    }
}

public struct ServerProcessError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
