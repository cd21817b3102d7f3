import Foundation

/// The settings file: one `nøgle = værdi` a line, `#` starts a comment, blank lines are skipped;
/// a value may be put in double quotes (to keep spaces at its ends).
///
/// ```
/// # /etc/tilbudsguide/tilbudsguide.conf
/// index = /var/lib/tilbudsguide/index
/// port = 8080
/// log.format = json
/// ```
struct SettingsFile {
    struct Entry {
        var key: String
        var value: String
        var line: Int
    }

    let path: String
    private(set) var entries: [Entry] = []
    /// Lines that are not a known key with a fitting value, in Danish with the line number.
    private(set) var problems: [SettingsProblem] = []

    init(path: String, text: String) {
        self.path = path
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = offset + 1
            let content = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if content.isEmpty || content.hasPrefix("#") { continue }
            guard let equals = content.firstIndex(of: "=") else {
                problems.append(problem(line, "linjen skal have formen nøgle = værdi"))
                continue
            }
            let key = content[..<equals].trimmingCharacters(in: .whitespaces)
            var value = content[content.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard let setting = Setting.named(key) else {
                problems.append(problem(line, "\u{201C}\(key)\u{201D} er ikke en indstilling (\(SettingsProblem.knownKeys))"))
                continue
            }
            if entries.contains(where: { $0.key == key }) {
                problems.append(problem(line, "\(key) står allerede tidligere i filen"))
                continue
            }
            if let reason = setting.problem(with: value) {
                problems.append(problem(line, reason))
                continue
            }
            entries.append(Entry(key: key, value: value, line: line))
        }
    }

    /// Reads the file; a file that cannot be read is one problem.
    static func read(_ path: String) -> SettingsFile {
        do {
            return SettingsFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
        } catch {
            var file = SettingsFile(path: path, text: "")
            file.problems = [SettingsProblem(source: path, message: "filen kan ikke læses (\(error.localizedDescription))")]
            return file
        }
    }

    private func problem(_ line: Int, _ message: String) -> SettingsProblem {
        SettingsProblem(source: "\(path), linje \(line)", message: message)
    }
}
