import Foundation
import OfferModel
import Yams

/// Reads a catalogue folder (or a single JSON Lines file) into a `Catalog`, collecting every finding.
///
/// A folder holds `kommune.yaml`, `behov.yaml`, `centre.yaml`, `synonymer.yaml`, one
/// `tilbud/<id>.yaml` per offer, and optionally `*.jsonl` files with one offer per line
/// (bulk national data). Loading never stops at the first problem: every file is read and
/// every problem becomes a `Finding`.
public struct CatalogLoader: Sendable {
    /// The day warnings about old verification dates are measured from.
    public var today: CalendarDate

    public init(today: CalendarDate = .today()) {
        self.today = today
    }

    public func load(path: String) throws(CatalogError) -> Catalog {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .notFound(path: path)
        }
        var catalog: Catalog
        if isFolder.boolValue {
            catalog = try loadFolder(path)
        } else {
            catalog = Catalog(root: path, municipality: Municipality(id: "", name: ""))
            try readJSONLines(path, into: &catalog)
        }
        CatalogRules(today: today).apply(to: &catalog)
        return catalog
    }

    private func loadFolder(_ root: String) throws(CatalogError) -> Catalog {
        let folder = URL(fileURLWithPath: root)
        var catalog = Catalog(root: root, municipality: Municipality(id: "", name: ""))
        func shared(_ name: String, _ body: (inout VocabularyReader, FieldNode) -> Void) throws(CatalogError) {
            let path = folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else { return }
            let file = display(root, name)
            guard let node = try parseYAML(path, file: file, findings: &catalog.findings) else { return }
            var reader = VocabularyReader(file: file)
            body(&reader, node)
            catalog.findings += reader.findings
        }
        try shared("kommune.yaml") { reader, node in
            if let value = reader.municipality(node) { catalog.municipality = value }
        }
        try shared("behov.yaml") { reader, node in catalog.needs = reader.needs(node) }
        try shared("centre.yaml") { reader, node in catalog.centres = reader.centres(node) }
        try shared("synonymer.yaml") { reader, node in catalog.synonyms = reader.synonyms(node) }

        let offerFolder = folder.appendingPathComponent("tilbud")
        for name in try listing(offerFolder.path) {
            let file = display(root, "tilbud/" + name)
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else {
                if !name.hasPrefix(".") && name != "README.md" {
                    catalog.findings.append(Finding(.warning, file: file, line: 1, "filen læses ikke: tilbud skal ligge i .yaml-filer"))
                }
                continue
            }
            let id = String(name[..<name.lastIndex(of: ".")!])
            guard let node = try parseYAML(offerFolder.appendingPathComponent(name).path, file: file, findings: &catalog.findings) else { continue }
            var reader = OfferReader(file: file)
            if let entry = reader.read(node, id: id, municipality: catalog.municipality.id) {
                catalog.entries.append(entry)
            }
            catalog.findings += reader.findings
        }
        for name in try listing(root) where name.hasSuffix(".jsonl") {
            try readJSONLines(folder.appendingPathComponent(name).path, file: display(root, name), into: &catalog)
        }
        return catalog
    }

    /// Reads one offer per line; a line that is not JSON becomes an error finding.
    func readJSONLines(_ path: String, file: String? = nil, into catalog: inout Catalog) throws(CatalogError) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let file = file ?? path
        let municipality = catalog.municipality.id
        let results = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> ChunkResults in
            let lines = Self.lines(of: bytes)
            // Records are independent, so large files are read in parallel chunks, kept in line order.
            let chunkCount = lines.count < 2_000 ? 1 : ProcessInfo.processInfo.activeProcessorCount
            let chunkSize = (lines.count + chunkCount - 1) / max(chunkCount, 1)
            let results = ChunkResults(count: chunkCount)
            // Only read, and only while concurrentPerform runs, inside withUnsafeBytes.
            nonisolated(unsafe) let bytes = bytes
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                var entries: [CatalogEntry] = []
                var findings: [Finding] = []
                for (lineNumber, range) in lines[min(chunk * chunkSize, lines.count)..<min((chunk + 1) * chunkSize, lines.count)] {
                    let line = UnsafeRawBufferPointer(rebasing: bytes[range])
                    if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) { continue }
                    let node: FieldNode
                    do throws(JSONRecordParser.Failure) { node = try JSONRecordParser.parse(line, line: lineNumber) } catch {
                        findings.append(Finding(.error, file: file, line: lineNumber,
                                                "linjen er ikke gyldig JSON: \(error.reason) (tegn \(error.column))"))
                        continue
                    }
                    guard case .map = node else {
                        findings.append(Finding(.error, file: file, line: lineNumber, "linjen er ikke et JSON-objekt ({ ... })"))
                        continue
                    }
                    var reader = OfferReader(file: file, statusRequired: false)
                    if let entry = reader.read(node, id: nil, municipality: municipality) {
                        entries.append(entry)
                    }
                    findings += reader.findings
                }
                results.store(chunk, entries, findings)
            }
            return results
        }
        for chunk in results.entries.indices {
            catalog.entries += results.entries[chunk]
            catalog.findings += results.findings[chunk]
        }
    }

    /// Per-chunk results of a parallel read.
    /// `@unchecked Sendable`: each chunk writes only its own slot, under `lock`.
    private final class ChunkResults: @unchecked Sendable {
        var entries: [[CatalogEntry]]
        var findings: [[Finding]]
        private let lock = NSLock()

        init(count: Int) {
            entries = Array(repeating: [], count: count)
            findings = Array(repeating: [], count: count)
        }

        func store(_ chunk: Int, _ entries: [CatalogEntry], _ findings: [Finding]) {
            lock.lock()
            defer { lock.unlock() }
            self.entries[chunk] = entries
            self.findings[chunk] = findings
        }
    }

    /// The byte ranges of the lines in bytes with their 1-based numbers (an empty last line
    /// is left out).
    static func lines(of bytes: UnsafeRawBufferPointer) -> [(Int, Range<Int>)] {
        var result: [(Int, Range<Int>)] = []
        var start = 0, number = 0
        while start < bytes.count {
            number += 1
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            result.append((number, start..<end))
            start = end + 1
        }
        return result
    }

    /// Parses a YAML file; a syntax error becomes a finding and the result is nil.
    private func parseYAML(_ path: String, file: String, findings: inout [Finding]) throws(CatalogError) -> FieldNode? {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            findings.append(Finding(.error, file: file, line: 1, "filen kan ikke læses som UTF-8-tekst"))
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                findings.append(Finding(.error, file: file, line: 1, "filen er tom"))
                return nil
            }
            return try FieldNode(yaml: node)
        } catch let error as CatalogError {
            if case let .syntax(line, message) = error {
                findings.append(Finding(.error, file: file, line: line, message))
            }
        } catch let error as YamlError {
            let (line, message) = YAMLProblem.describe(error)
            findings.append(Finding(.error, file: file, line: line, message))
        } catch {
            findings.append(Finding(.error, file: file, line: 1, "YAML-fejl: \(error)"))
        }
        return nil
    }

    private func listing(_ path: String) throws(CatalogError) -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        do { return try FileManager.default.contentsOfDirectory(atPath: path).sorted() } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }

    private func display(_ root: String, _ name: String) -> String {
        root.hasSuffix("/") ? root + name : root + "/" + name
    }
}
