/// Parses one JSON Lines record straight from its bytes into a `FieldNode`.
///
/// A national catalogue is one 100,000-line file, read again at every `tilbud index`; going
/// through `JSONSerialization` (Foundation objects, bridged strings) was most of that time.
/// This reads RFC 8259 JSON with native Swift strings: objects keep the last value of a
/// repeated key and are ordered by key; numbers keep the way a person wrote them (`4`, not
/// `4.0`); `true`/`false` become the texts `true`/`false`. Nesting deeper than `maxDepth`
/// is refused, so a hostile line cannot exhaust the stack.
struct JSONRecordParser {
    /// Deeper than any offer needs (an offer nests at most three levels).
    static let maxDepth = 32

    /// Why a line is not JSON, in Danish, with the 1-based byte column.
    struct Failure: Error, Equatable {
        let column: Int
        let reason: String
    }

    private let bytes: UnsafeRawBufferPointer
    private let line: Int
    private var position = 0

    /// Parses `bytes` as one JSON value (with nothing but spaces after it); every node gets `line`.
    static func parse(_ bytes: UnsafeRawBufferPointer, line: Int) throws(Failure) -> FieldNode {
        var parser = JSONRecordParser(bytes: bytes, line: line)
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.position == bytes.count else { throw parser.failure("der står mere efter værdien") }
        return value
    }

    private init(bytes: UnsafeRawBufferPointer, line: Int) {
        self.bytes = bytes
        self.line = line
    }

    private func failure(_ reason: String) -> Failure { Failure(column: position + 1, reason: reason) }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> FieldNode {
        skipSpace()
        guard position < bytes.count else { throw failure("en værdi mangler") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try list(depth: depth + 1)
        case UInt8(ascii: "\""): return .scalar(try string(), line: line)
        case UInt8(ascii: "t"): try word("true"); return .scalar("true", line: line)
        case UInt8(ascii: "f"): try word("false"); return .scalar("false", line: line)
        case UInt8(ascii: "n"): try word("null"); return .null(line: line)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .scalar(try number(), line: line)
        default: throw failure("her kan ingen JSON-værdi begynde")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> FieldNode {
        var pairs: [String: FieldNode] = [:]
        try elements(closing: UInt8(ascii: "}"), depth: depth) { parser throws(Failure) in
            parser.skipSpace()
            guard parser.position < parser.bytes.count, parser.bytes[parser.position] == UInt8(ascii: "\"") else {
                throw parser.failure("en nøgle i anførselstegn mangler")
            }
            let key = try parser.string()
            parser.skipSpace()
            guard parser.position < parser.bytes.count, parser.bytes[parser.position] == UInt8(ascii: ":") else {
                throw parser.failure("':' mangler efter nøglen")
            }
            parser.position += 1
            pairs[key] = try parser.value(depth: depth)
        }
        return .map(pairs.keys.sorted().map { (key: $0, line: line, value: pairs[$0]!) }, line: line)
    }

    private mutating func list(depth: Int) throws(Failure) -> FieldNode {
        var items: [FieldNode] = []
        try elements(closing: UInt8(ascii: "]"), depth: depth) { parser throws(Failure) in
            items.append(try parser.value(depth: depth))
        }
        return .list(items, line: line)
    }

    /// Steps over an object's or list's opening bracket, its comma-separated elements (each
    /// read by `element`) and `closing`.
    @inline(__always)  // lets the element closure inline: a call per element cost 0.6 s on 100,000 lines
    private mutating func elements(closing: UInt8, depth: Int,
                                   _ element: (inout JSONRecordParser) throws(Failure) -> Void) throws(Failure) {
        guard depth <= Self.maxDepth else { throw failure("for mange niveauer inden i hinanden") }
        position += 1
        skipSpace()
        if position < bytes.count, bytes[position] == closing {
            position += 1
            return
        }
        let end = "'\(Character(Unicode.Scalar(closing)))'"
        while true {
            try element(&self)
            skipSpace()
            guard position < bytes.count else { throw failure("\(end) mangler") }
            if bytes[position] == closing {
                position += 1
                return
            }
            guard bytes[position] == UInt8(ascii: ",") else { throw failure("',' eller \(end) mangler") }
            position += 1
        }
    }

    private mutating func word(_ text: StaticString) throws(Failure) {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[position + $0] == text.utf8Start[$0] }) else {
            throw failure("ukendt ord; mente du \(text)?")
        }
        position += count
    }

    private mutating func string() throws(Failure) -> String {
        position += 1
        let start = position
        // Fast path: no escapes, so the text is the bytes as they stand.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position - 1]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            guard byte >= 0x20 else { throw failure("et styretegn står i en tekst (skriv \\n eller \\t)") }
            position += 1
        }
        var text = Array(UnsafeRawBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &text)
            case ..<0x20:
                position -= 1
                throw failure("et styretegn står i en tekst (skriv \\n eller \\t)")
            default:
                text.append(byte)
            }
        }
        throw failure("teksten slutter ikke med et anførselstegn")
    }

    private mutating func escape(into text: inout [UInt8]) throws(Failure) {
        guard position < bytes.count else { throw failure("teksten slutter ikke med et anførselstegn") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                    throw failure("en halv \\u-surrogat står alene")
                }
                position += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw failure("en halv \\u-surrogat står alene") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure("en halv \\u-surrogat står alene") }
            UTF8.encode(scalar) { text.append($0) }
        default:
            position -= 1
            throw failure("ukendt escape-tegn efter \\")
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("\\u skal efterfølges af fire hex-cifre") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("\\u skal efterfølges af fire hex-cifre")
            }
            code = code << 4 | UInt32(digit)
            position += 1
        }
        return code
    }

    /// A number as text: whole numbers as written (`4`), others as Swift prints the double,
    /// except that a whole double prints without `.0`.
    private mutating func number() throws(Failure) -> String {
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - first
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        guard digits() > 0 else { throw failure("et tal mangler cifre") }
        guard bytes[integerStart] != UInt8(ascii: "0") || position - integerStart == 1 else {
            position = integerStart
            throw failure("et tal må ikke begynde med 0")
        }
        var whole = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            whole = false
            guard digits() > 0 else { throw failure("et tal mangler cifre efter punktummet") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            whole = false
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw failure("et tal mangler cifre i eksponenten") }
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if whole, let integer = Int64(text) { return String(integer) }
        let double = Double(text) ?? 0
        if double == double.rounded(), abs(double) < 1e15 { return String(Int64(double)) }
        return String(double)
    }
}

