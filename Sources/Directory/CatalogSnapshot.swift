internal import Catalog
import Foundation
internal import OfferIndex
import OfferModel

/// What the live index was built from, record by record: kept in `index/.katalogspor` so that
/// the next `tilbud index` reads again only the records whose bytes changed (see `RecordDigest`).
///
/// It names the index commit it belongs to; any other commit (a later update, a build by another
/// process, a crash between commit and save) makes it void, and the next run reads the whole
/// catalogue. It is only a shortcut: a missing, old or unreadable file costs time, never answers.
///
/// Format, one line each: a header, the commit's `CommitStamp.token`, `Catalog.sharedSource` in
/// hex, then per record `source id centre needs,comma,separated date ended warnings`, tab-separated.
struct CatalogSnapshot {
    static let fileName = ".katalogspor"
    static let header = "tilbudsguide-katalogspor 1"
    var known: KnownRecords

    /// The snapshot of the live commit of index, or nil if there is none that fits it.
    init?(index: IndexLocation) {
        guard let live = index.currentRevision()?.token,
              let data = FileManager.default.contents(atPath: index.directory + "/" + Self.fileName) else { return nil }
        // Read in place, byte by byte: the file has a line for every offer of a national catalogue.
        let parsed = data.withUnsafeBytes { bytes -> (lines: [String], digests: [RecordDigest])? in
            var lines: [String] = []
            var digests: [RecordDigest] = []
            for (_, range) in CatalogLoader.lines(of: bytes) {
                let line = UnsafeRawBufferPointer(rebasing: bytes[range])
                if lines.count < 3 {
                    lines.append(String(decoding: line, as: UTF8.self))
                } else if !line.isEmpty {
                    guard let digest = Self.digest(line) else { return nil }
                    digests.append(digest)
                }
            }
            return (lines, digests)
        }
        guard let parsed, parsed.lines.count == 3, parsed.lines[0] == Self.header, parsed.lines[1] == live,
              let shared = UInt64(parsed.lines[2], radix: 16) else { return nil }
        known = KnownRecords(sharedSource: shared, digests: parsed.digests)
    }

    /// Saves the digests of catalog as the snapshot of the commit stamp; does nothing if a field
    /// holds a tab, comma or line break, or the file cannot be written.
    static func save(_ catalog: Catalog, stamp: CommitStamp?, index: IndexLocation) {
        let path = index.directory + "/" + fileName
        try? FileManager.default.removeItem(atPath: path)
        guard let stamp else { return }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 * catalog.offerCount)
        func add(_ text: String) { bytes.append(contentsOf: text.utf8) }
        func separator(_ byte: Character) { bytes.append(byte.asciiValue!) }
        add("\(header)\n\(stamp.token)\n\(String(catalog.sharedSource, radix: 16))\n")
        for digest in catalog.digests {
            guard ([digest.id, digest.centre] + digest.needs).allSatisfy(isPlain) else { return }
            add(String(digest.source, radix: 16)); separator("\t")
            add(digest.id); separator("\t")
            add(digest.centre); separator("\t")
            for (index, need) in digest.needs.enumerated() {
                if index > 0 { separator(",") }
                add(need)
            }
            separator("\t")
            add(digest.lastVerified?.description ?? ""); separator("\t")
            add(digest.ended ? "1" : "0"); separator("\t")
            add(String(digest.warnings)); separator("\n")
        }
        let temporary = path + ".\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
        if rename(temporary, path) != 0 { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// A field the format can hold as it is.
    private static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains { $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: ",") }
    }

    private static func digest(_ line: UnsafeRawBufferPointer) -> RecordDigest? {
        let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard fields.count == 7 else { return nil }
        func text(_ index: Int) -> String { String(decoding: fields[index], as: UTF8.self) }
        guard let source = UInt64(text(0), radix: 16), let warnings = Int(text(6)) else { return nil }
        let needs = fields[3].split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) }
        let date = fields[4].isEmpty ? nil : CalendarDate(text(4))
        guard fields[4].isEmpty || date != nil else { return nil }
        return RecordDigest(source: source, id: text(1), centre: text(2), needs: needs,
                            ended: fields[5].first == UInt8(ascii: "1"), lastVerified: date, warnings: warnings)
    }
}
