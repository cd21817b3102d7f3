import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an `OfferStore` file: records appended through a buffer, then the pages of entries
/// that changed and a directory that names them by docid. One thread at a time.
final class OfferStoreWriter {
    private static let bufferSize = 1 << 20
    let path: String
    private let fd: Int32
    /// Where the next appended byte goes.
    private var position: Int
    private var buffer: [UInt8] = []
    /// By docid - 1.
    private(set) var entries: [OfferStore.Entry]
    /// The file offset of each page already written and still right; nil for a page to write.
    private var pages: [UInt64?]

    /// A new, empty store at `path`; `header` false for a part that `append(part:)` takes in later.
    init(creating path: String, header: Bool = true, magic: [UInt8] = OfferStore.magic) throws(IndexError) {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        position = 0
        entries = []
        pages = []
        buffer.reserveCapacity(Self.bufferSize)
        if header { buffer += magic; position = magic.count }
    }

    /// The live store of a database, to append an update to: starts from the table of the
    /// database's current revision, and writes after whatever the file holds.
    init(appendingTo database: String, current: OfferStoreReader, fileName: String = OfferStore.fileName) throws(IndexError) {
        path = database + "/" + fileName
        fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        let end = lseek(fd, 0, SEEK_END)
        guard end >= 0 else {
            close(fd)
            throw .io(path: path, reason: String(cString: strerror(errno)))
        }
        position = Int(end)
        (entries, pages) = current.contents()
    }

    deinit { close(fd) }

    /// The file's size with everything appended so far (written or still buffered).
    var size: Int { position }

    /// Appends the next document's record (docid = number of entries + 1).
    func append(_ record: [UInt8]) throws(IndexError) {
        try put(record, docid: UInt32(entries.count + 1))
    }

    /// Stores record as the document docid's (a new docid may be past the end: the gap stays empty).
    func put(_ record: [UInt8], docid: UInt32) throws(IndexError) {
        let entry = try write(record)
        let index = Int(docid) - 1
        while entries.count <= index { entries.append(.none) }
        entries[index] = entry
        let page = index / OfferStore.pageEntries
        if page < pages.count { pages[page] = nil }  // later pages are written anyway
    }

    /// Forgets docid's record (its document was deleted), so a scan of every entry skips it.
    func remove(docid: UInt32) {
        let index = Int(docid) - 1
        guard index >= 0, index < entries.count else { return }
        entries[index] = .none
        let page = index / OfferStore.pageEntries
        if page < pages.count { pages[page] = nil }
    }

    /// Appends a part written by another writer (`header: false`), whose records follow in docid order.
    func append(part: OfferStoreWriter) throws(IndexError) {
        try flush()
        try part.flush()
        let base = UInt64(position)
        if part.position > 0 {
            let source = open(part.path, O_RDONLY | O_CLOEXEC)
            guard source >= 0 else { throw .io(path: part.path, reason: String(cString: strerror(errno))) }
            defer { close(source) }
            // Written from a mapping of the part: one copy, by the kernel.
            guard let mapped = mmap(nil, part.position, PROT_READ, MAP_PRIVATE, source, 0), mapped != MAP_FAILED else {
                throw .io(path: part.path, reason: String(cString: strerror(errno)))
            }
            defer { munmap(mapped, part.position) }
            try writeAll(UnsafeRawBufferPointer(start: mapped, count: part.position))
        }
        position += part.position
        let first = entries.count
        entries += part.entries.map { OfferStore.Entry(offset: $0.offset + base, length: $0.length) }
        // Pages up to the ones known are rewritten; later ones are written anyway.
        for page in pages.indices where page >= first / OfferStore.pageEntries { pages[page] = nil }
    }

    /// Writes the pages that changed and a new directory after the records, and flushes the file
    /// to disk (unless `sync` is false); the directory's place is for the database's metadata.
    func finish(sync: Bool = true) throws(IndexError) -> OfferStore.Table {
        let count = (entries.count + OfferStore.pageEntries - 1) / OfferStore.pageEntries
        if pages.count < count { pages += Array(repeating: nil, count: count - pages.count) }
        for page in 0..<count where pages[page] == nil {
            pages[page] = UInt64(position)
            let first = page * OfferStore.pageEntries
            for index in first ..< first + OfferStore.pageEntries {
                let entry = index < entries.count ? entries[index] : .none
                withUnsafeBytes(of: entry.offset.littleEndian) { buffer += $0 }
                withUnsafeBytes(of: entry.length.littleEndian) { buffer += $0 }
            }
            position += OfferStore.pageSize
            if buffer.count >= Self.bufferSize { try flush() }
        }
        let table = OfferStore.Table(offset: position, count: entries.count)
        for page in pages.prefix(count) { withUnsafeBytes(of: page!.littleEndian) { buffer += $0 } }
        position = table.end
        try flush()
        if sync, fsync(fd) != 0 { throw .io(path: path, reason: String(cString: strerror(errno))) }
        return table
    }

    private func write(_ record: [UInt8]) throws(IndexError) -> OfferStore.Entry {
        let entry = OfferStore.Entry(offset: UInt64(position), length: UInt32(record.count))
        buffer += record
        position += record.count
        if buffer.count >= Self.bufferSize { try flush() }
        return entry
    }

    private func flush() throws(IndexError) {
        let result = buffer.withUnsafeBytes { bytes in Result { () throws(IndexError) in try writeAll(bytes) } }
        try result.get()
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(IndexError) {
        var start = 0
        while start < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + start, bytes.count - start)
            guard written > 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
            start += written
        }
    }
}
