import Foundation
@testable import OfferIndex
import OfferModel
import Testing
import TestSupport

/// The offer store on real files: written, joined from parts, appended to by an update, read
/// back through mmap by docid, and refused with a Danish error when damaged.
@Suite struct OfferStoreTests {
    static func offer(_ number: Int, _ text: String = "") -> Offer {
        Offer(id: "tilbud-\(number)", name: "Tilbud \(number)", summary: "Nummer \(number) \(text)", needs: ["motion"])
    }

    /// A store with `count` offers in `folder`; its table.
    static func store(_ count: Int, in folder: TemporaryFolder) throws -> OfferStore.Table {
        let writer = try OfferStoreWriter(creating: OfferStore.path(in: folder.path))
        for number in 1...count { try writer.append(StoredOffer.encode(offer(number))) }
        return try writer.finish()
    }

    static func fileSize(_ folder: TemporaryFolder) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: OfferStore.path(in: folder.path))[.size] as! Int
    }

    @Test func readsBackEveryOfferByDocid() throws {
        let folder = TemporaryFolder("lager")
        let table = try Self.store(300, in: folder)
        let reader = try OfferStoreReader(database: folder.path, table: table)
        for docid in [1, 2, 150, 300] { #expect(try reader.offer(docid: UInt32(docid)) == Self.offer(docid)) }
        #expect(throws: IndexError.self) { try reader.offer(docid: 0) }
        #expect(throws: IndexError.self) { try reader.offer(docid: 301) }
        #expect(try OfferStore.Table(metadataValue: table.metadataValue) == table)
    }

    @Test func partsJoinInOrder() throws {
        let folder = TemporaryFolder("lager")
        // 700 each, so that parts begin and end inside pages of 1,024.
        let parts = try (0..<3).map { part in
            let writer = try OfferStoreWriter(creating: folder.at("del-\(part)"), header: false)
            for number in (part * 700 + 1)...(part * 700 + 700) { try writer.append(StoredOffer.encode(Self.offer(number))) }
            return writer
        }
        let whole = try OfferStoreWriter(creating: OfferStore.path(in: folder.path))
        for part in parts { try whole.append(part: part) }
        let reader = try OfferStoreReader(database: folder.path, table: try whole.finish())
        #expect(reader.table.count == 2_100 && reader.table.pageCount == 3)
        #expect(try (1...2_100).allSatisfy { try reader.offer(docid: UInt32($0)) == Self.offer($0) })
    }

    /// An update appends; a reader of the old table still reads the old offers, and bytes that
    /// no table names (an update that died before its commit) change nothing.
    @Test func anUpdateAppendsAndLeavesTheOldRevisionReadable() throws {
        let folder = TemporaryFolder("lager")
        let first = try Self.store(5, in: folder)
        let old = try OfferStoreReader(database: folder.path, table: first)

        let died = try OfferStoreWriter(appendingTo: folder.path, current: old)
        try died.put(StoredOffer.encode(Self.offer(2, "halvt skrevet")), docid: 2)
        _ = try died.finish()

        let update = try OfferStoreWriter(appendingTo: folder.path, current: old)
        try update.put(StoredOffer.encode(Self.offer(3, "ændret")), docid: 3)
        try update.put(StoredOffer.encode(Self.offer(8, "nyt")), docid: 8)
        let second = try OfferStoreReader(database: folder.path, table: try update.finish())

        #expect(try old.offer(docid: 3) == Self.offer(3))
        #expect(try OfferStoreReader(database: folder.path, table: first).offer(docid: 2) == Self.offer(2))
        #expect(try second.offer(docid: 2) == Self.offer(2), "det afbrudte skriv er ikke med i tabellen")
        #expect(try second.offer(docid: 3) == Self.offer(3, "ændret"))
        #expect(try second.offer(docid: 8) == Self.offer(8, "nyt"))
        #expect(throws: IndexError.self) { try second.offer(docid: 7) }
    }

    /// Changing one offer of thousands appends its record, one page and the directory, not a
    /// whole new table.
    @Test func anUpdateAppendsLittle() throws {
        let folder = TemporaryFolder("lager")
        let first = try Self.store(5_000, in: folder)
        let before = try Self.fileSize(folder)
        let update = try OfferStoreWriter(appendingTo: folder.path, current: try OfferStoreReader(database: folder.path, table: first))
        let record = StoredOffer.encode(Self.offer(4_000, "ændret"))
        try update.put(record, docid: 4_000)
        let second = try update.finish()
        let after = try Self.fileSize(folder)
        #expect(after - before == record.count + OfferStore.pageSize + 5 * 8)
        let reader = try OfferStoreReader(database: folder.path, table: second)
        #expect(try reader.offer(docid: 4_000) == Self.offer(4_000, "ændret"))
        #expect(try reader.offer(docid: 1) == Self.offer(1) && reader.offer(docid: 5_000) == Self.offer(5_000))
        #expect(try reader.page(0) == OfferStoreReader(database: folder.path, table: first).page(0), "uændrede sider genbruges")
    }

    /// A fresh store is all live bytes; after an update, the replaced record, page and directory
    /// are dead. Only a file mostly dead, and by more than the allowance, calls for a fresh one.
    @Test func liveBytesAreWhatTheCurrentTableNames() throws {
        let folder = TemporaryFolder("lager")
        let first = try Self.store(2_000, in: folder)
        let fresh = try OfferStoreReader(database: folder.path, table: first)
        #expect(fresh.liveBytes == (try Self.fileSize(folder)))
        let update = try OfferStoreWriter(appendingTo: folder.path, current: fresh)
        let record = StoredOffer.encode(Self.offer(1_500, "ændret"))
        let replaced = Int(fresh.entry(docid: 1_500).length)
        try update.put(record, docid: 1_500)
        let second = try OfferStoreReader(database: folder.path, table: try update.finish())
        #expect(second.liveBytes == fresh.liveBytes - replaced + record.count)
        #expect(try Self.fileSize(folder) - second.liveBytes == replaced + OfferStore.pageSize + 2 * 8)

        let allowed = OfferStore.deadBytesAllowed
        #expect(!OfferStore.isMostlyDead(fileSize: 1_000, liveBytes: 1_000))
        #expect(!OfferStore.isMostlyDead(fileSize: allowed, liveBytes: 1_000), "døde bytes inden for tilladelsen")
        #expect(OfferStore.isMostlyDead(fileSize: allowed + 1_001, liveBytes: 1_000))
        #expect(!OfferStore.isMostlyDead(fileSize: 5 * allowed, liveBytes: 3 * allowed), "mest levende bytes")
        #expect(OfferStore.isMostlyDead(fileSize: 5 * allowed, liveBytes: 2 * allowed))
    }

    @Test func aDamagedStoreIsAnErrorNotACrash() throws {
        let folder = TemporaryFolder("lager")
        let table = try Self.store(3, in: folder)
        let path = OfferStore.path(in: folder.path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let firstPage = try #require(try OfferStoreReader(database: folder.path, table: table).page(0))

        try bytes.prefix(table.end - 1).write(to: URL(fileURLWithPath: path))
        #expect(throws: IndexError.self) { try OfferStoreReader(database: folder.path, table: table) }

        var wrongMagic = bytes
        wrongMagic[0] = UInt8(ascii: "X")
        try wrongMagic.write(to: URL(fileURLWithPath: path))
        #expect(throws: IndexError.self) { try OfferStoreReader(database: folder.path, table: table) }

        var badEntry = bytes
        badEntry[firstPage + 8] = 0xff  // the first record's length reaches past the records
        try badEntry.write(to: URL(fileURLWithPath: path))
        let reader = try OfferStoreReader(database: folder.path, table: table)
        #expect(throws: IndexError.self) { try reader.offer(docid: 1) }
        #expect(try reader.offer(docid: 2) == Self.offer(2))

        var badDirectory = bytes
        badDirectory[table.offset + 7] = 0x7f  // the first page's offset far past the file
        try badDirectory.write(to: URL(fileURLWithPath: path))
        let lost = try OfferStoreReader(database: folder.path, table: table)
        #expect(throws: IndexError.self) { try lost.offer(docid: 1) }

        #expect(throws: IndexError.self) { try OfferStore.Table(metadataValue: "") }
        #expect(throws: IndexError.self) { try OfferStore.Table(metadataValue: "4 x") }
        do {
            _ = try OfferStoreReader(database: folder.at("findes-ikke"), table: table)
            Issue.record("en manglende fil skal give en fejl")
        } catch {
            #expect(error.description.contains("Kan ikke"))
        }
    }
}
