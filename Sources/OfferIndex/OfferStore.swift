import Foundation
import OfferModel
#if canImport(Glibc)
import Glibc
#endif

/// The offers as a result page shows them (`StoredOffer`), kept beside the Xapian database in
/// one file that searches read through `mmap`, by docid.
///
/// Xapian's own place for them, the document data, is compressed with zlib whatever the size
/// (glass always tries), so every hit cost a B-tree lookup, a read and an inflate: 17 µs per
/// offer of the shared benchmark's 100,000 (Xapian's Python bindings, random docids), over a
/// third of a typical search with 10 hits; in a build, zlib's share of the CPU samples went from
/// 19 % to 9 % (the termlists) when the data moved here. Here a hit is an array index and a slice.
///
/// ```
/// offers.store:  "TBSTORE2" | records | pages | directory | records | pages | directory | ...
/// page:          1,024 entries, one per docid: byte offset (UInt64 LE) and length (UInt32 LE)
/// directory:     the byte offset (UInt64 LE) of each page, for docids 1-1024, 1025-2048, ...
/// ```
/// The file is only ever appended to. Which directory belongs to the database's current
/// revision is in its metadata (`IndexSchema.Metadata.offerStore`), written in the same Xapian
/// commit as the documents: an update appends the changed offers, the pages that name them and
/// a new directory (which points at the old pages for everything else), flushes the file to
/// disk, and only then commits. A crash in between leaves bytes no directory names, and a
/// reader of an older revision keeps its own directory, pages and records, which nothing
/// overwrites. Changing one offer adds its record, one 12 KiB page and the directory (8 bytes
/// per 1,024 offers: 800 bytes at 100,000). A full build writes a fresh file in its new generation,
/// and an update makes one (`IndexUpdate`) once most of the file is bytes that the current
/// revision no longer names (`isMostlyDead`): without that, a national catalogue edited every day
/// would keep every old record and page for good.
enum OfferStore {
    static let fileName = "offers.store"
    static let magic = Array("TBSTORE2".utf8)
    static let entrySize = 12
    static let pageEntries = 1024
    static let pageSize = pageEntries * entrySize

    /// Where one revision's directory is, and how many docids it covers, as the metadata value
    /// "offset count".
    struct Table: Equatable {
        let offset: Int
        let count: Int

        var metadataValue: String { "\(offset) \(count)" }

        init(offset: Int, count: Int) {
            self.offset = offset
            self.count = count
        }

        init(metadataValue: String) throws(IndexError) {
            let parts = metadataValue.split(separator: " ").compactMap { Int($0) }
            guard parts.count == 2, parts[0] >= OfferStore.magic.count, parts[1] >= 0 else {
                throw OfferStore.damaged("indekset mangler oplysningen om tilbudslagerets tabel")
            }
            self.init(offset: parts[0], count: parts[1])
        }

        var pageCount: Int { (count + OfferStore.pageEntries - 1) / OfferStore.pageEntries }

        /// The byte just past the directory.
        var end: Int { offset + pageCount * 8 }
    }

    /// Where one record is in the file.
    struct Entry: Equatable {
        var offset: UInt64
        var length: UInt32
        static let none = Entry(offset: 0, length: 0)
    }

    static func path(in database: String) -> String { database + "/" + fileName }

    /// Dead bytes below this never call for a fresh file: a small catalogue is rebuilt in a
    /// moment, but neither is worth doing for a few megabytes.
    static let deadBytesAllowed = 8 << 20

    /// Whether a store file of `fileSize` bytes, of which the current revision names `liveBytes`,
    /// is mostly bytes nothing names any more (old records, pages and directories, or what a
    /// crashed update left), and more of them than `deadBytesAllowed`.
    static func isMostlyDead(fileSize: Int, liveBytes: Int) -> Bool {
        let dead = fileSize - liveBytes
        return dead > liveBytes && dead > deadBytesAllowed
    }

    /// The table of the revision the database is open at.
    static func table(of database: XapianDatabase) throws(IndexError) -> Table {
        try Table(metadataValue: try database.metadata(IndexSchema.Metadata.offerStore))
    }

    static func damaged(_ reason: String) -> IndexError {
        .xapian(operation: "læsning af tilbudslageret", message: reason + ". Byg indekset igen med `tilbud index --fuld`.")
    }
}

/// One revision's view of a store file, mapped into memory up to the end of its table.
/// `@unchecked Sendable`: immutable after init (the mapping is only read), but for the decoded
/// offers, which are behind `decodedLock`.
final class OfferStoreReader: @unchecked Sendable {
    private let base: UnsafeRawPointer
    /// The mapping covers the file up to `table.end`.
    let table: OfferStore.Table
    /// Offers already decoded: the same few answer most searches, and decoding was 3 % of a
    /// search's CPU. A revision's records never change, so a kept offer is never stale. The
    /// first `keptOffers` read are kept, no more (memory stays bounded at national scale).
    private var decoded: [UInt32: Offer] = [:]
    private let decodedLock = NSLock()
    static let keptOffers = 4096

    /// Maps the store in the database folder at the table its metadata names.
    convenience init(database: String, table: OfferStore.Table) throws(IndexError) {
        try self.init(path: OfferStore.path(in: database), magic: OfferStore.magic, table: table)
    }

    /// Maps a file of this layout (the offer store's, or the vector store's: `VectorStore`).
    init(path: String, magic: [UInt8], table: OfferStore.Table) throws(IndexError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        guard Int(info.st_size) >= table.end else { throw OfferStore.damaged("tilbudslageret er kortere end dets tabel") }
        guard let mapped = mmap(nil, table.end, PROT_READ, MAP_SHARED, fd, 0), mapped != MAP_FAILED else {
            throw .io(path: path, reason: String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(mapped)
        self.table = table
        guard memcmp(base, magic, magic.count) == 0 else {
            munmap(mapped, table.end)
            throw OfferStore.damaged("tilbudslageret har et ukendt format")
        }
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), table.end) }

    /// The file offset of page number `page` (docids from page × 1024 + 1), nil if the directory
    /// points outside the pages written before it.
    func page(_ page: Int) -> Int? {
        guard page >= 0, page < table.pageCount else { return nil }
        let at = Int(UInt64(littleEndian: (base + table.offset + page * 8).loadUnaligned(as: UInt64.self)))
        guard at >= OfferStore.magic.count, at <= table.offset - OfferStore.pageSize else { return nil }
        return at
    }

    /// The entry of docid, `.none` past the table or where the directory is damaged.
    func entry(docid: UInt32) -> OfferStore.Entry {
        guard docid >= 1, Int(docid) <= table.count,
              let page = page((Int(docid) - 1) / OfferStore.pageEntries) else { return .none }
        let at = base + page + (Int(docid) - 1) % OfferStore.pageEntries * OfferStore.entrySize
        return OfferStore.Entry(offset: UInt64(littleEndian: at.loadUnaligned(as: UInt64.self)),
                                length: UInt32(littleEndian: (at + 8).loadUnaligned(as: UInt32.self)))
    }

    /// The bytes of the file this revision names: the header, its records, pages and directory.
    var liveBytes: Int {
        var records = 0
        for docid in 0..<table.count { records += Int(entry(docid: UInt32(docid + 1)).length) }
        return OfferStore.magic.count + records + table.pageCount * (OfferStore.pageSize + 8)
    }

    /// Every entry, and every page's offset, for an update that appends a new directory.
    func contents() -> (entries: [OfferStore.Entry], pages: [UInt64?]) {
        ((0..<table.count).map { entry(docid: UInt32($0 + 1)) }, (0..<table.pageCount).map { page($0).map(UInt64.init) })
    }

    /// The offer stored for docid.
    func offer(docid: UInt32) throws(IndexError) -> Offer {
        decodedLock.lock()
        let kept = decoded[docid]
        decodedLock.unlock()
        if let kept { return kept }
        guard let bytes = record(docid: docid) else { throw OfferStore.damaged("tilbudslageret har intet tilbud nr. \(docid)") }
        let offer = try StoredOffer.decode(bytes)
        decodedLock.lock()
        if decoded.count < Self.keptOffers { decoded[docid] = offer }
        decodedLock.unlock()
        return offer
    }

    /// The bytes stored for docid, nil when there are none (or the entry points outside the records).
    func record(docid: UInt32) -> UnsafeRawBufferPointer? {
        let entry = entry(docid: docid)
        let start = Int(entry.offset), length = Int(entry.length)
        guard start >= OfferStore.magic.count, length > 0, start + length <= table.offset else { return nil }
        return UnsafeRawBufferPointer(start: base + start, count: length)
    }
}
