import CXapian

// The one door to the C shim: every call that can fail goes through `xapianCall`,
// which turns the shim's error out-parameter into an `IndexError`.

typealias ErrorOut = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

func xapianCall<T>(_ operation: String, _ body: (ErrorOut) -> T) throws(IndexError) -> T {
    var message: UnsafeMutablePointer<CChar>?
    let result = body(&message)
    if let message {
        defer { cx_string_free(message) }
        throw .xapian(operation: operation, message: String(cString: message))
    }
    return result
}

/// Takes ownership of a malloc'd buffer from the shim and copies it into a String.
func takeString(_ pointer: UnsafeMutablePointer<CChar>?, length: Int) -> String {
    guard let pointer else { return "" }
    defer { cx_string_free(pointer) }
    return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
}

/// Splits a buffer of NUL-ended strings.
func splitNULTerminated(_ pointer: UnsafePointer<CChar>?, length: Int) -> [String] {
    guard let pointer, length > 0 else { return [] }
    let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
    return bytes.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
}

/// Xapian's `sortable_serialise`, so value ranges compare numerically.
func sortableSerialise(_ value: Double) -> [UInt8] {
    var buffer = [CChar](repeating: 0, count: 16)
    let length = cx_sortable_serialise(value, &buffer)
    return buffer[..<length].map { UInt8(bitPattern: $0) }
}

/// A Snowball stemmer.
/// `@unchecked Sendable`: Xapian::Stem keeps per-call state, so each owner uses its
/// stemmer from one thread at a time (the searcher under its lock, the writer alone).
final class XapianStemmer: @unchecked Sendable {
    private let handle: OpaquePointer

    init(language: String) throws(IndexError) {
        handle = try xapianCall("oprettelse af stemmer") { cx_stemmer_new(language, $0) }!
    }

    deinit { cx_stemmer_free(handle) }

    func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            var length = 0
            var message: UnsafeMutablePointer<CChar>?
            let result = bytes.withMemoryRebound(to: CChar.self) {
                cx_stem(handle, $0.baseAddress, $0.count, &length, &message)
            }
            if let message {
                cx_string_free(message)
                return String(decoding: bytes, as: UTF8.self)
            }
            return takeString(result, length: length)
        }
    }
}

extension String {
    /// Calls body with the UTF-8 bytes as (pointer, length) for the shim.
    func withCString<T>(length body: (UnsafePointer<CChar>, Int) throws(IndexError) -> T) throws(IndexError) -> T {
        let bytes = Array(utf8CString)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(IndexError) -> T in
            try body(buffer.baseAddress!, buffer.count - 1)
        }
    }
}
