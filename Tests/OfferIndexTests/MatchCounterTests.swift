import Foundation
@testable import OfferIndex
import OfferModel
import Testing
import TestSupport

/// Exact totals and facet counts from walking the posting lists (`MatchCounter.cpp`) must be
/// what Xapian's own matcher with counting spies finds, for every shape of query the planner
/// builds, on a real index with holes left by an in-place update.
@Suite struct MatchCounterTests {
    static let words = ["gåtur", "svømning", "kursus", "ældre", "børn", "fællesskab", "motion", "kost"]
    static let needs = ["motion", "ensomhed", "kost", "rygning"]

    static func offer(_ number: Int, note: String = "") -> Offer {
        let text = (0..<3).map { (part: Int) -> String in words[(number * (part + 2) + part) % words.count] }.joined(separator: " ")
        let first: Int? = (number % 7) * 10
        let last: Int? = number % 2 == 0 ? nil : 90
        let ages = number % 3 == 0 ? AgeRange() : AgeRange(from: first, to: last)
        var offerNeeds = [needs[number % 4]]
        if number % 5 == 0 { offerNeeds.append(needs[(number + 1) % 4]) }
        return Offer(id: "tilbud-\(number)", name: "Hold \(number) \(words[number % words.count])", summary: text + note,
                     needs: offerNeeds, ages: ages,
                     centre: number % 2 == 0 ? "aeldre" : "sundhed", access: [.selfReferral],
                     status: number % 11 == 0 ? .ended : .active, municipality: number % 3 == 0 ? "ishoej" : "testby")
    }

    /// 300 offers built whole, then 6 removed and 5 changed in place.
    static func database() throws -> (XapianDatabase, TemporaryFolder) {
        let folder = TemporaryFolder("taelling")
        let writer = IndexWriter(location: IndexLocation(directory: folder.path), options: .plain)
        try writer.rebuild(IndexContent(offers: (0..<300).map { offer($0) }))
        let kept = (0..<300).filter { $0 % 50 != 7 }.map { number in offer(number, note: number % 60 == 1 ? " ændret" : "") }
        let report = try writer.update(IndexContent(offers: kept))
        #expect(report.mode == .incremental && report.removed == 6 && report.changed == 5)
        return (try XapianDatabase(path: try #require(writer.location.currentDatabase())), folder)
    }

    @Test func walkingThePostingListsCountsWhatTheMatcherCounts() throws {
        let (database, folder) = try Self.database()
        defer { withExtendedLifetime(folder) {} }
        let stem = try TextAnalyzer()
        func word(_ text: String) throws -> XapianQuery { try .term(stem.stem(text)) }
        func need(_ id: String) throws -> XapianQuery { try .term(IndexSchema.Prefix.need + id) }
        let ended = try XapianQuery.term(IndexSchema.Prefix.status + OfferStatus.ended.rawValue)
        let queries: [(String, XapianQuery)] = [
            ("et ord", try word("kursus")),
            ("to ord", try .combine(.and, [try word("kursus"), try word("ældre")])),
            ("enten eller", try .combine(.or, [try word("gåtur"), try word("kost")])),
            ("synonymer", try .combine(.synonym, [try word("gåtur"), try word("motion")])),
            ("behovsfilter", try .combine(.filter, [try word("børn"), try .combine(.or, [try need("motion"), try need("kost")])])),
            ("uden ophørte", try .combine(.andNot, [try word("fællesskab"), ended])),
            ("alder", try .age(45, in: database)),
            ("alder og ord", try .combine(.filter, [try word("svømning"), try .age(20, in: database)])),
            ("alt med alder", try .combine(.filter, [try .matchAll(), try .age(70, in: database)])),
            ("alt uden ophørte", try .combine(.andNot, [try .matchAll(), ended])),
            ("måske", try .combine(.andMaybe, [try word("motion"), try .term(IndexSchema.ageBand(60))])),
            ("center og kommune", try .combine(.filter, [try word("hold"), try .combine(.and, [
                try .term(IndexSchema.Prefix.centre + "aeldre"), try .term(IndexSchema.Prefix.municipality + "ishoej")])])),
            ("ukendt ord", try .combine(.and, [try word("kursus"), try .term("findesikke")])),
            ("intet", try .combine(.or, [try .matchNothing(), try word("kost")])),
            // Parts no document has are dropped from the walk: what is left must still count right.
            ("uden ukendt status", try .combine(.andNot, [try word("kost"), try .term(IndexSchema.Prefix.status + "findesikke")])),
            ("uden ukendt og ophørte", try .combine(.andNot, [try word("kost"), try .term("findesikke"), ended])),
            ("ukendt uden noget", try .combine(.andNot, [try .term("findesikke"), try word("kost")])),
            ("ukendt eller ukendt", try .combine(.or, [try .term("findesikke"), try .term("hellerikke")])),
            ("alt i alt", try .combine(.andNot, [try .combine(.filter, [
                try .combine(.or, [try word("ældre"), try word("børn"), try word("kursus")]),
                try .combine(.or, [try need("ensomhed"), try need("rygning")]), try .age(8, in: database)]), ended])),
        ]
        var totals = Set<Int>()
        for (name, query) in queries {
            func run(_ counting: XapianDatabase.Counting, offset: Int = 0, limit: Int = 10) throws -> XapianMatches {
                try database.search(query, offset: offset, limit: limit, checkAtLeast: Int(UInt32.max),
                                    facetSlots: [IndexSchema.Slot.needCodes, IndexSchema.Slot.centreCode], counting: counting)
            }
            let matcher = try run(.matcher), postings = try run(.postings)
            #expect(postings.total == matcher.total, "\(name)")
            #expect(postings.facet(0) == matcher.facet(0) && postings.facet(1) == matcher.facet(1), "\(name)")
            // Where the walk ranks too, it must give the matcher's order and weights.
            for (offset, limit) in [(0, 10), (7, 5), (0, 300)] {
                let matcher = try run(.matcher, offset: offset, limit: limit)
                let postings = try run(.postings, offset: offset, limit: limit)
                #expect((0..<postings.count).map(postings.docid) == (0..<matcher.count).map(matcher.docid),
                        "\(name): samme hits fra \(offset)")
                #expect(zip((0..<postings.count).map(postings.weight), (0..<matcher.count).map(matcher.weight))
                    .allSatisfy { abs($0 - $1) <= 1e-9 * max(1, abs($1)) }, "\(name): samme vægte fra \(offset)")
            }
            let rankable = !["synonymer", "måske", "alt med alder", "alt uden ophørte"].contains(name)
            #expect(postings.rankedByWalk == rankable && !matcher.rankedByWalk, "\(name): rangeret af gennemløbet")
            totals.insert(matcher.total)
        }
        // An absurd offset gives no hits and the right total, not an allocation of that size.
        let far = try database.search(try .term(stem.stem("kursus")), offset: Int(UInt32.max) - 5, limit: 10,
                                      checkAtLeast: Int(UInt32.max), facetSlots: [], counting: .postings)
        #expect(far.count == 0 && far.total > 0 && far.rankedByWalk)
        #expect(totals.count >= 10, "forespørgslerne skal give forskellige antal: \(totals.sorted())")
        #expect(totals.contains(0) && totals.contains(266), "294 tilbud, 28 ophørte")
    }
}
