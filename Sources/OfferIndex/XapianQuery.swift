import CXapian

/// An immutable Xapian query tree, built from Swift and handed to the shim.
/// Not Sendable: Xapian::Query shares its tree through a reference count that is not atomic, so
/// a query is built, run and dropped by one search on one thread.
final class XapianQuery {
    enum Operator: Int32 {
        case and = 0, or = 1, andNot = 2, filter = 3, andMaybe = 4, synonym = 5
    }

    let handle: OpaquePointer

    private init(_ handle: OpaquePointer) {
        self.handle = handle
    }

    deinit { cx_query_free(handle) }

    static func term(_ term: String, wqf: Int = 1) throws(IndexError) -> XapianQuery {
        try term.withCString { (bytes, length) throws(IndexError) in
            XapianQuery(try xapianCall("opbygning af søgning") { cx_query_term(bytes, length, UInt32(wqf), $0) }!)
        }
    }

    static func matchAll() throws(IndexError) -> XapianQuery {
        XapianQuery(try xapianCall("opbygning af søgning") { cx_query_match_all($0) }!)
    }

    static func matchNothing() throws(IndexError) -> XapianQuery {
        XapianQuery(try xapianCall("opbygning af søgning") { cx_query_match_nothing($0) }!)
    }

    /// Combines parts; a single part is returned as it is.
    static func combine(_ op: Operator, _ parts: [XapianQuery]) throws(IndexError) -> XapianQuery {
        if parts.count == 1, op != .filter { return parts[0] }
        let handles: [OpaquePointer?] = parts.map { $0.handle }
        let result = try xapianCall("opbygning af søgning") { error in
            handles.withUnsafeBufferPointer { cx_query_combine(op.rawValue, $0.baseAddress, $0.count, error) }
        }!
        return withExtendedLifetime(parts) { XapianQuery(result) }
    }

    /// Documents whose age range (`IndexSchema.Slot.ageFrom` ... `ageTo`) holds `age`, looked up in
    /// a table `database` reads once per revision. Run it only on `database`, in the same search.
    static func age(_ age: Int, in database: XapianDatabase) throws(IndexError) -> XapianQuery {
        XapianQuery(try xapianCall("opbygning af søgning") {
            cx_query_age(database.handle, UInt32(IndexSchema.Slot.ageFrom), UInt32(IndexSchema.Slot.ageTo),
                         UInt32(max(0, min(age, 65_535))), $0)
        }!)
    }
}
