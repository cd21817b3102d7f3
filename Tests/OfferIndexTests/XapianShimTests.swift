@testable import OfferIndex
import TestSupport
import Testing

/// The C++ shim against a real Xapian: results pass through, exceptions come back as values.
@Suite struct XapianShimTests {
    @Test func danishStemmer() throws {
        let stemmer = try XapianStemmer(language: "danish")
        #expect(stemmer.stem("rygestopkurser") == stemmer.stem("rygestopkursers"))
        #expect(stemmer.stem("ensomheden") == stemmer.stem("ensomhed"))
    }

    @Test func unknownLanguageIsAnErrorNotACrash() {
        #expect(throws: IndexError.self) { try XapianStemmer(language: "klingon") }
    }

    @Test func openingAMissingDatabaseIsAnError() {
        do {
            _ = try XapianDatabase(path: "/findes/ikke/db")
            Issue.record("åbning burde fejle")
        } catch {
            guard case let .xapian(operation, message) = error else { Issue.record("forkert fejl: \(error)"); return }
            #expect(operation == "åbning af indekset")
            #expect(message.contains("DatabaseOpeningError") || message.contains("DatabaseNotFoundError"))
        }
    }

    @Test func aTermTooLongForXapianIsCaught() throws {
        let folder = TemporaryFolder()
        let database = try XapianWritableDatabase(path: folder.at("db"), create: true)
        let document = XapianDocument()
        try document.addTerms([(String(repeating: "x", count: 300), 1)])
        #expect(throws: IndexError.self) {
            try database.add(document)
            try database.commit()
        }
    }

    @Test func writesAndReadsBackTermsValuesAndDocids() throws {
        let folder = TemporaryFolder()
        let database = try XapianWritableDatabase(path: folder.at("db"), create: true)
        let document = XapianDocument()
        try document.addTerms([("hund", 2), ("kat", 1)])
        try document.addBooleanTerm("Qa")
        try document.addValue(slot: 2, [0, 1, 0, 3])
        try database.add(document)
        let other = XapianDocument()
        try other.addBooleanTerm("Qc")
        #expect(try database.replace(uniqueTerm: "Qc", with: other) == 2, "a new unique term gets the next docid")
        #expect(try database.replace(uniqueTerm: "Qa", with: document) == 1, "a known one keeps its docid")
        try database.setMetadata("k", "v")
        try database.commit()

        let reader = try XapianDatabase(path: folder.at("db"))
        #expect(try reader.documentCount == 2)
        #expect(try reader.termFrequency("hund") == 1)
        #expect(try reader.metadata("k") == "v")
        #expect(try reader.docid(uniqueTerm: "Qa") == 1 && reader.docid(uniqueTerm: "Qc") == 2)
        #expect(try reader.docid(uniqueTerm: "Qb") == nil)
        let matches = try reader.search(try .term("hund"), offset: 0, limit: 10, checkAtLeast: 10, facetSlots: [2], matchingTermsFor: 10)
        #expect(matches.total == 1 && matches.docid(0) == 1)
        #expect(matches.matchingTerms(0) == ["hund"])
        #expect(matches.facet(0) == [0, 1, 0, 1])
    }
}
