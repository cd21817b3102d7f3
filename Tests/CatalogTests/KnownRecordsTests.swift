import Catalog
import OfferModel
import Testing
import TestSupport

/// Loading with the digests of an earlier load: only changed records are read, and the catalogue
/// says what a full load would (`KnownRecords`, `RecordDigest`).
@Suite struct KnownRecordsTests {
    let today = CalendarDate("2026-11-24")!

    static func record(_ id: String, _ summary: String = "Kort", verified: String? = nil) -> String {
        let date = verified.map { ", \"sidst_verificeret\": \"\($0)\"" } ?? ""
        return #"{"id": "\#(id)", "navn": "N \#(id)", "kort": "\#(summary)", "behov": ["x"], "center": "c"\#(date)}"#
    }

    @Test func aSecondLoadReadsOnlyTheChangedRecord() throws {
        let folder = TemporaryFolder()
        let lines = [Self.record("a"), Self.record("b", verified: "2026-10-01"), Self.record("c")]
        let file = folder.write("data.jsonl", lines.joined(separator: "\n") + "\n")
        let first = try CatalogLoader(today: today).load(path: file)
        let known = KnownRecords(sharedSource: first.sharedSource, digests: first.digests)

        folder.write("data.jsonl", [lines[0], Self.record("b", "Nyt kort", verified: "2026-10-01"), lines[2]].joined(separator: "\n") + "\n")
        let second = try CatalogLoader(today: today).load(path: file, known: known)
        let full = try CatalogLoader(today: today).load(path: file)
        #expect(second.offers.map(\.id) == ["b"])
        #expect(second.offers.first?.summary == "Nyt kort")
        #expect(second.known.map(\.digest.id) == ["a", "c"])
        #expect(second.known.map(\.line) == [1, 3])
        #expect(second.offerCount == 3 && second.isValid)
        #expect(second.knownWarnings > 0)
        #expect(second.warningCount == full.warningCount)
    }

    @Test func aCopiedRecordIsStillADuplicate() throws {
        let folder = TemporaryFolder()
        let lines = [Self.record("a"), Self.record("b")]
        let file = folder.write("data.jsonl", lines.joined(separator: "\n") + "\n")
        let first = try CatalogLoader(today: today).load(path: file)
        let known = KnownRecords(sharedSource: first.sharedSource, digests: first.digests)

        folder.write("data.jsonl", (lines + [lines[0]]).joined(separator: "\n") + "\n")
        let second = try CatalogLoader(today: today).load(path: file, known: known)
        #expect(second.offers.isEmpty && second.known.count == 3)
        #expect(second.errors.map(\.description) == ["\(file):3: fejl: id 'a' findes også i \(file):1"])
    }

    @Test func verificationWarningsFollowTheDay() throws {
        let fixture = CatalogFixture()
        let first = try CatalogLoader(today: today).load(path: fixture.path)
        let known = KnownRecords(sharedSource: first.sharedSource, digests: first.digests)
        let later = CalendarDate("2027-06-01")!

        let second = try CatalogLoader(today: later).load(path: fixture.path, known: known)
        let full = try CatalogLoader(today: later).load(path: fixture.path)
        #expect(second.offers.isEmpty && second.known.count == 3)
        #expect(full.warningCount == first.warningCount + 3)
        #expect(second.warningCount == full.warningCount)
    }

    @Test func changedVocabularyFilesMeanEveryRecordIsReadAgain() throws {
        let fixture = CatalogFixture()
        let first = try CatalogLoader(today: today).load(path: fixture.path)
        let known = KnownRecords(sharedSource: first.sharedSource, digests: first.digests)
        #expect(try CatalogLoader(today: today).load(path: fixture.path, known: known).known.count == 3)

        fixture.folder.write("behov.yaml", "rygning:\n  navn: Rygning\n")
        let second = try CatalogLoader(today: today).load(path: fixture.path, known: known)
        #expect(second.known.isEmpty && second.offers.count == 3)
        #expect(second.errors.contains { $0.message.contains("ukendt behov 'kost-og-vaegt'") })
    }

    @Test func aRecordUnderAnotherFileNameIsReadAgain() throws {
        let fixture = CatalogFixture()
        let first = try CatalogLoader(today: today).load(path: fixture.path)
        let known = KnownRecords(sharedSource: first.sharedSource, digests: first.digests)
        let text = try String(contentsOfFile: fixture.folder.at("tilbud/rygestop.yaml"), encoding: .utf8)
        fixture.folder.remove("tilbud/rygestop.yaml")
        fixture.write("rygestopkursus", text)

        let second = try CatalogLoader(today: today).load(path: fixture.path, known: known)
        #expect(second.offers.map(\.id) == ["rygestopkursus"])
        #expect(second.known.map(\.digest.id).sorted() == ["boernevaegt", "vennekreds"])
    }

    @Test func equalBytesHashEqualAndAnyChangeDiffers() {
        let base = SourceHash.of("{\"id\": \"a\", \"kort\": \"Gratis kursus\"}")
        #expect(SourceHash.of("{\"id\": \"a\", \"kort\": \"Gratis kursus\"}") == base)
        #expect(SourceHash.of("{\"id\": \"a\", \"kort\": \"Gratis kursuS\"}") != base)
        #expect(SourceHash.of("{\"id\": \"a\", \"kort\": \"Gratis kursus\"} ") != base)
        #expect(SourceHash.of("x", seed: 1) != SourceHash.of("x", seed: 2))
    }
}
