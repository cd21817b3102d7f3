import Foundation

/// The git work tree a catalogue folder lies in, if any: Redaktionen commits each save there, with
/// the editor as author, so review in git and in the browser see the same history.
///
/// Only the saved file is committed (`git commit --only`), so whatever else is staged or changed
/// in the work tree stays as it was. git runs with a fixed committer (`Tilbudsguide Redaktionen`),
/// so a server account without a git identity can still commit.
public struct GitWorkTree: Sendable {
    /// The folder git is run in (the catalogue folder).
    public let folder: String

    /// The work tree around folder, or nil when folder is not inside one (or git is missing).
    public init?(around folder: String) {
        let folder = Self.absolute(folder)
        guard let output = try? Self.run(["rev-parse", "--is-inside-work-tree"], in: folder),
              output.status == 0, output.text.hasPrefix("true") else { return nil }
        self.folder = folder
    }

    /// path from the process's working folder, as git needs it when run in `folder`: a relative
    /// `catalog/tilbud/x.yaml` (as `scripts/run` names the catalogue) is not inside `catalog/`.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Commits the file at path (inside folder) as it is now; returns the new commit's id, or
    /// throws with git's own message when git refuses (the file is saved either way).
    @discardableResult
    public func commit(file path: String, author: String, message: String) throws(EditorialError) -> String {
        let path = Self.absolute(path)
        let email = Self.emailName(author) + "@redaktionen.invalid"
        let identity = ["-c", "user.name=Tilbudsguide Redaktionen", "-c", "user.email=redaktionen@tilbudsguide.invalid"]
        do {
            let add = try Self.run(identity + ["add", "--", path], in: folder)
            guard add.status == 0 else { throw EditorialError.git(path: path, reason: "git add: \(add.text)") }
            let commit = try Self.run(identity + ["commit", "--quiet", "--only", "--no-verify", "--author=\(author) <\(email)>",
                                                  "-m", message, "--", path], in: folder)
            guard commit.status == 0 else {
                // Not left staged, where another editor's commit of the file would take it.
                _ = try? Self.run(["reset", "--quiet", "--", path], in: folder)
                throw EditorialError.git(path: path, reason: "git commit: \(commit.text)")
            }
            return try Self.run(["rev-parse", "HEAD"], in: folder).text.trimmingCharacters(in: .whitespacesAndNewlines)
        } catch let error as EditorialError {
            throw error
        } catch {
            throw .git(path: path, reason: "git kunne ikke køres: \(error)")
        }
    }

    /// The files under folder that are changed, new or deleted since the last commit, as absolute
    /// paths (git's real path of the work tree).
    public func uncommittedFiles() throws(EditorialError) -> [String] {
        do {
            let top = try Self.run(["rev-parse", "--show-toplevel"], in: folder)
            let status = try Self.run(["status", "--porcelain", "-z", "--untracked-files=all", "--", "."], in: folder)
            guard top.status == 0, status.status == 0 else { throw EditorialError.git(path: folder, reason: "git status: \(status.text)") }
            let root = top.text.trimmingCharacters(in: .whitespacesAndNewlines)
            var files: [String] = []
            var fields = status.text.split(separator: "\0", omittingEmptySubsequences: true).makeIterator()
            while let field = fields.next(), field.count > 3 {
                files.append(root + "/" + field.dropFirst(3))
                // A rename or copy is followed by the name it had.
                if field.first == "R" || field.first == "C" { _ = fields.next() }
            }
            return files
        } catch let error as EditorialError {
            throw error
        } catch {
            throw .git(path: folder, reason: "git kunne ikke køres: \(error)")
        }
    }

    /// The last commit that changed the file at path, or nil when none did.
    public func lastCommit(of path: String) throws(EditorialError) -> String? {
        let path = Self.absolute(path)
        do {
            let log = try Self.run(["log", "-1", "--format=%H", "--", path], in: folder)
            let commit = log.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return log.status == 0 && !commit.isEmpty ? commit : nil
        } catch {
            throw .git(path: path, reason: "git kunne ikke køres: \(error)")
        }
    }

    /// The part of an e-mail address git needs: the name's letters and digits.
    static func emailName(_ name: String) -> String {
        let kept = name.lowercased().unicodeScalars.map { ("a"..."z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "-" }
        let text = String(kept).split(separator: "-").joined(separator: "-")
        return text.isEmpty ? "redaktoer" : text
    }

    private static func run(_ arguments: [String], in folder: String) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
