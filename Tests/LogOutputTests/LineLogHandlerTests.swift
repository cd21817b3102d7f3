import Foundation
import LogOutput
import Logging
import Synchronization
import Testing

@Suite struct LineLogHandlerTests {
    final class Lines: Sendable {
        let value = Mutex<[String]>([])
        var all: [String] { value.withLock { $0 } }
    }

    func logger(_ format: LineLogHandler.Format, _ lines: Lines, level: Logger.Level = .info) -> Logger {
        Logger(label: "test") { _ in LineLogHandler(level: level, format: format) { line in lines.value.withLock { $0.append(line) } } }
    }

    @Test func jsonLinesCarryEveryFieldAsText() throws {
        let lines = Lines()
        logger(.json, lines).info("forespørgsel", metadata: ["rute": "/api/search", "status": .stringConvertible(200), "citat": "\"x\"\n"])
        let line = try #require(lines.all.first)
        #expect(line.hasSuffix("}\n") && lines.all.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(object["besked"] == "forespørgsel")
        #expect(object["niveau"] == "info")
        #expect(object["rute"] == "/api/search")
        #expect(object["status"] == "200")
        #expect(object["citat"] == "\"x\"\n")
        #expect(object["tid"]?.hasSuffix("Z") == true)
    }

    @Test func textLinesAreOneLineWithSortedFields() throws {
        let lines = Lines()
        logger(.text, lines).warning("katalog afvist", metadata: ["fejl": "2", "aendrede": "0"])
        let line = try #require(lines.all.first)
        #expect(line.hasSuffix(" warning katalog afvist aendrede=0 fejl=2\n"), "\(line)")
        #expect(line.filter { $0 == "\n" }.count == 1)
    }

    @Test func theLevelIsKept() {
        let lines = Lines()
        let log = logger(.text, lines, level: .notice)
        log.info("ikke med")
        log.notice("med")
        #expect(lines.all.count == 1)
    }
}
