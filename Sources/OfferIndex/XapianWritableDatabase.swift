import CXapian
import Foundation

/// A Xapian database open for writing, by one thread at a time (a full build may write several
/// databases, each on its own thread; see `ShardedBuild`).
final class XapianWritableDatabase {
    private let handle: OpaquePointer

    /// `create`: make a new, empty database (overwriting); otherwise open an existing one.
    /// `scratch`: commits skip fsync; only for databases that are deleted if the process dies.
    init(path: String, create: Bool, scratch: Bool = false) throws(IndexError) {
        let flags = (create ? Int32(CX_WDB_CREATE) : 0) | (scratch ? Int32(CX_WDB_NO_SYNC) : 0)
        handle = try xapianCall("åbning af indekset til skrivning") { cx_wdb_open(path, flags, $0) }!
    }

    deinit { cx_wdb_free(handle) }

    func commit() throws(IndexError) {
        _ = try xapianCall("gemning af indekset") { cx_wdb_commit(handle, $0) }
    }

    func add(_ document: XapianDocument) throws(IndexError) {
        _ = try xapianCall("tilføjelse af tilbud") { cx_wdb_add(handle, document.handle, $0) }
    }

    /// Replaces the document with this unique term, or adds it; its docid.
    @discardableResult
    func replace(uniqueTerm: String, with document: XapianDocument) throws(IndexError) -> UInt32 {
        try uniqueTerm.withCString { (bytes, length) throws(IndexError) in
            try xapianCall("opdatering af tilbud") { cx_wdb_replace(handle, bytes, length, document.handle, $0) }
        }
    }

    func delete(uniqueTerm: String) throws(IndexError) {
        try uniqueTerm.withCString { (bytes, length) throws(IndexError) in
            _ = try xapianCall("sletning af tilbud") { cx_wdb_delete(handle, bytes, length, $0) }
        }
    }

    func setMetadata(_ key: String, _ value: String) throws(IndexError) {
        try value.withCString { (bytes, length) throws(IndexError) in
            _ = try xapianCall("skrivning af metadata") { cx_wdb_set_metadata(handle, key, bytes, length, $0) }
        }
    }

    func addSpelling(_ word: String, frequency: Int = 1) throws(IndexError) {
        try word.withCString { (bytes, length) throws(IndexError) in
            _ = try xapianCall("stavedata") { cx_wdb_add_spelling(handle, bytes, length, UInt32(frequency), $0) }
        }
    }
}

extension XapianWritableDatabase {
    /// Merges the finished databases at `sources`, in order, into a new database at `destination`.
    static func compact(_ sources: [String], into destination: String) throws(IndexError) {
        let copies = sources.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer<CChar>($0) }
        _ = try xapianCall("sammenlægning af delindeks") { error in
            pointers.withUnsafeBufferPointer { cx_compact($0.baseAddress, $0.count, destination, error) }
        }
    }
}

/// A document being built: weighted text terms, boolean filter terms, values and data.
final class XapianDocument {
    let handle: OpaquePointer

    init() {
        handle = cx_doc_new()!
    }

    deinit { cx_doc_free(handle) }

    /// Adds all terms in one shim call.
    func addTerms(_ terms: [(term: String, wdf: Int)]) throws(IndexError) {
        var packed: [UInt8] = []
        for (term, _) in terms { packed += term.utf8 + [0] }
        try addTerms(packed: packed, wdfs: terms.map { UInt32($0.wdf) })
    }

    /// Adds terms given back to back, each ended by a NUL byte, with their wdfs.
    func addTerms(packed: [UInt8], wdfs: [UInt32]) throws(IndexError) {
        let handle = self.handle
        _ = try xapianCall("opbygning af dokument") { error in
            packed.withUnsafeBufferPointer { p in
                p.withMemoryRebound(to: CChar.self) { p in
                    wdfs.withUnsafeBufferPointer { w in
                        cx_doc_add_terms(handle, p.baseAddress, p.count, w.baseAddress, w.count, error)
                    }
                }
            }
        }
    }

    func addBooleanTerm(_ term: String) throws(IndexError) {
        try term.withCString { (bytes, length) throws(IndexError) in
            _ = try xapianCall("opbygning af dokument") { cx_doc_add_boolean_term(handle, bytes, length, $0) }
        }
    }

    func addValue(slot: Int, _ bytes: [UInt8]) throws(IndexError) {
        let handle = self.handle
        _ = try xapianCall("opbygning af dokument") { error in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cx_doc_add_value(handle, UInt32(slot), $0.baseAddress, $0.count, error) }
            }
        }
    }
}
