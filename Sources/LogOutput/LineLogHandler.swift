import Foundation
import Logging

/// Writes each log record as one line: readable text, or one JSON object (JSON Lines) that a
/// log collector (journald, Loki ...) can read field by field.
///
/// ```
/// 2026-12-01T21:04:05.123Z info forespørgsel metode=GET rute=/api/search parametre=q,alder status=200 ms=0.84 bytes=3921
/// {"tid":"2026-12-01T21:04:05.123Z","niveau":"info","besked":"forespørgsel","metode":"GET","rute":"/api/search",...}
/// ```
/// What goes into a record is up to the code that logs: the web app logs routes and parameter
/// names, never what was searched for.
public struct LineLogHandler: LogHandler {
    public enum Format: String, Sendable, CaseIterable {
        case text = "tekst"
        case json
    }

    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public let format: Format
    private let sink: @Sendable (String) -> Void

    /// sink gets each finished line with its newline; the default writes it to standard error
    /// in one call, so lines from several threads never mix.
    public init(level: Logger.Level, format: Format, sink: @escaping @Sendable (String) -> Void = LineLogHandler.standardError) {
        logLevel = level
        self.format = format
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        // The handler's own fields are usually none: then the record's are used as they are.
        var fields = event.metadata ?? [:]
        if !metadata.isEmpty { fields = metadata.merging(fields) { $1 } }
        // Hummingbird numbers each request; a line per request says enough without it. Keys in
        // byte order (the same as String's for the ASCII keys used here, and cheaper: it is on
        // every request's line).
        let sorted = fields.filter { $0.key != "hb.request.id" }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let time = Self.timestamp()
        switch format {
        case .text:
            var line = ""
            line.reserveCapacity(192)
            line += time; line += " "; line += event.level.rawValue; line += " "; line += event.message.description
            for (key, value) in sorted { line += " "; line += key; line += "="; line += Self.text(value) }
            line += "\n"
            sink(line)
        case .json:
            var line = "{\"tid\":\(Self.json(time)),\"niveau\":\(Self.json(event.level.rawValue)),\"besked\":\(Self.json("\(event.message)"))"
            for (key, value) in sorted { line += ",\(Self.json(key)):\(Self.json(Self.text(value)))" }
            sink(line + "}\n")
        }
    }

    @Sendable public static func standardError(_ line: String) {
        var line = line
        line.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(2, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// UTC with milliseconds (RFC 3339), written digit by digit: it is on every request's line.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(unsafeUninitializedCapacity: 24) { out in
            var at = 0
            func put(_ value: Int, _ width: Int, then separator: UInt8?) {
                var rest = value
                for position in stride(from: at + width - 1, through: at, by: -1) {
                    out[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                at += width
                if let separator { out[at] = separator; at += 1 }
            }
            put(Int(parts.tm_year) + 1900, 4, then: UInt8(ascii: "-"))
            put(Int(parts.tm_mon) + 1, 2, then: UInt8(ascii: "-"))
            put(Int(parts.tm_mday), 2, then: UInt8(ascii: "T"))
            put(Int(parts.tm_hour), 2, then: UInt8(ascii: ":"))
            put(Int(parts.tm_min), 2, then: UInt8(ascii: ":"))
            put(Int(parts.tm_sec), 2, then: UInt8(ascii: "."))
            put(Int(now.tv_nsec / 1_000_000), 3, then: UInt8(ascii: "Z"))
            return at
        }
    }

    static func text(_ value: Logger.Metadata.Value) -> String {
        switch value {
        case let .string(text): return text
        case let .stringConvertible(item): return item.description
        case let .array(items): return items.map(text).joined(separator: ",")
        case let .dictionary(items): return items.sorted(by: { $0.key < $1.key }).map { "\($0.key):\(text($0.value))" }.joined(separator: ",")
        }
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
