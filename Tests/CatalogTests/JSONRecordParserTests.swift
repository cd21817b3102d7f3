@testable import Catalog
import Testing

/// The JSON Lines reader: what RFC 8259 allows comes out as the same `FieldNode` tree the YAML
/// reader gives; everything else is a Danish reason with a column, never a crash.
@Suite struct JSONRecordParserTests {
    private func parse(_ text: String) throws -> FieldNode {
        try Array(text.utf8).withUnsafeBytes { try JSONRecordParser.parse($0, line: 7) }
    }

    /// The value as plain Swift values, for comparing.
    private func plain(_ node: FieldNode) -> String {
        switch node {
        case let .scalar(text, _): return "'\(text)'"
        case let .list(items, _): return "[" + items.map(plain).joined(separator: ",") + "]"
        case let .map(pairs, _): return "{" + pairs.map { "\($0.key):\(plain($0.value))" }.joined(separator: ",") + "}"
        case .null: return "null"
        }
    }

    private func reason(_ text: String) -> JSONRecordParser.Failure? {
        do { _ = try parse(text); return nil } catch { return error as? JSONRecordParser.Failure }
    }

    @Test func readsAnOfferRecordWithKeysInOrderAndTheLineOnEveryNode() throws {
        let node = try parse(#" {"navn": "Tip Tap Tynde", "alder": {"fra": 0, "til": 6}, "behov": ["motion", "kost"], "pris": null} "#)
        #expect(plain(node) == "{alder:{fra:'0',til:'6'},behov:['motion','kost'],navn:'Tip Tap Tynde',pris:null}")
        guard case let .map(pairs, line) = node else { Issue.record("ikke et objekt"); return }
        #expect(line == 7)
        #expect(pairs.allSatisfy { $0.line == 7 && $0.value.line == 7 })
    }

    @Test func decodesEveryEscapeAndKeepsDanishLetters() throws {
        let node = try parse(#"["æøå ÆØÅ", "a\"b\\c\/d", "\b\f\n\r\t", "\u00e6\u00F8", "\ud83d\ude00", "ren tekst"]"#)
        #expect(plain(node) == "['æøå ÆØÅ','a\"b\\c/d','\u{8}\u{c}\n\r\t','æø','😀','ren tekst']")
    }

    @Test(arguments: [("4", "4"), ("-12", "-12"), ("0", "0"), ("4.0", "4"), ("2.5", "2.5"), ("1e3", "1000"), ("-0", "0")])
    func writesNumbersAsAPersonWould(json: String, expected: String) throws {
        #expect(plain(try parse(json)) == "'\(expected)'")
    }

    @Test func readsTrueFalseAsTextAndKeepsTheLastOfARepeatedKey() throws {
        #expect(plain(try parse(#"{"a": true, "b": false, "a": "sidste"}"#)) == "{a:'sidste',b:'false'}")
        #expect(plain(try parse("{ }")) == "{}")
        #expect(plain(try parse("[ ]")) == "[]")
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 9, "nøgle"),
        (#"{"a" 1}"#, 6, "':' mangler"),
        (#"{"a": "tekst}"#, 14, "anførselstegn"),
        ("[1 2]", 4, "',' eller ']'"),
        (#"{"a": tru}"#, 7, "ukendt ord"),
        (#"{"a": 01}"#, 7, "begynde med 0"),
        (#"{"a": 1.}"#, 9, "cifre"),
        (#"{"a": "\x"}"#, 9, "escape"),
        (#"{"a": "\ud83d"}"#, 14, "surrogat"),
        (#"{"a": 1} x"#, 10, "mere efter"),
        ("", 1, "værdi mangler"),
        ("ikke json", 1, "ingen JSON-værdi"),
    ])
    func namesWhatIsWrongAndWhere(json: String, column: Int, words: String) {
        let failure = reason(json)
        #expect(failure?.column == column, "\(json)")
        #expect(failure?.reason.contains(words) == true, "\(json): \(failure?.reason ?? "ingen fejl")")
    }

    @Test func refusesControlCharactersInsideText() {
        #expect(reason("[\"a\u{1}b\"]")?.reason.contains("styretegn") == true)
        #expect(reason("[\"a\\n\u{9}b\"]")?.reason.contains("styretegn") == true, "også efter en escape")
    }

    @Test func refusesDeepNestingInsteadOfRunningOutOfStack() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(reason(deep)?.reason.contains("niveauer") == true)
        let allowed = String(repeating: "[", count: JSONRecordParser.maxDepth) + String(repeating: "]", count: JSONRecordParser.maxDepth)
        #expect(reason(allowed) == nil)
    }

    @Test func invalidUTF8IsRepairedNotFatal() throws {
        let bytes: [UInt8] = [0x5B, 0x22, 0x61, 0xFF, 0x62, 0x22, 0x5D]  // ["a\xFFb"]
        let node = try bytes.withUnsafeBytes { try JSONRecordParser.parse($0, line: 1) }
        #expect(plain(node) == "['a\u{FFFD}b']")
    }
}
