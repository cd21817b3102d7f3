import Foundation
import OfferModel
import Yams

/// Reads a catalogue folder (or a single JSON Lines file) into a `Catalog`, collecting every finding.
///
/// A folder holds `kommune.yaml`, `behov.yaml`, `centre.yaml`, `synonymer.yaml`, `skaerme.yaml`, one
/// `tilbud/<id>.yaml` per offer, and optionally `*.jsonl` files with one offer per line
/// (bulk national data). Loading never stops at the first problem: every file is read and
/// every problem becomes a `Finding`.
public struct CatalogLoader: Sendable {
    /// The day warnings about old verification dates are measured from.
    public var today: CalendarDate
    /// Part of every `Catalog.sharedSource`: raise it whenever reading or the rules change what
    /// they report, so digests kept by an older version are not trusted.
    public static let rulesVersion: UInt64 = 2

    public init(today: CalendarDate = .today()) {
        self.today = today
    }

    /// Reads the catalogue at path. Records whose bytes match a digest in `known` (kept from a
    /// catalogue with the same vocabulary files) are not read again but listed in `Catalog.known`;
    /// the rules still check them for duplicate ids and verification dates.
    ///
    /// `replacing` reads a folder catalogue as if the files it names (paths relative to the
    /// folder, e.g. `tilbud/<id>.yaml`) held these bytes instead, or existed with them: an editor
    /// checks a change with exactly the rules `tilbud validate` applies before anything is written.
    public func load(path: String, known: KnownRecords? = nil, replacing: [String: Data] = [:]) throws(CatalogError) -> Catalog {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .notFound(path: path)
        }
        var catalog: Catalog
        if isFolder.boolValue {
            catalog = try loadFolder(path, known: known, replacing: replacing)
        } else {
            catalog = Catalog(root: path, municipality: Municipality(id: "", name: ""))
            try readJSONLines(path, into: &catalog, known: usable(known, for: catalog))
        }
        CatalogRules(today: today).apply(to: &catalog)
        return catalog
    }

    /// The digests of known that may be trusted for catalog: none if its vocabulary files differ.
    private func usable(_ known: KnownRecords?, for catalog: Catalog) -> [UInt64: RecordDigest] {
        guard let known, known.sharedSource == catalog.sharedSource else { return [:] }
        return known.digests
    }

    private func loadFolder(_ root: String, known: KnownRecords?, replacing: [String: Data]) throws(CatalogError) -> Catalog {
        let folder = URL(fileURLWithPath: root)
        var catalog = Catalog(root: root, municipality: Municipality(id: "", name: ""))
        // `hashed: false` for a file no offer record depends on: changing it keeps the digests usable.
        func shared(_ name: String, hashed: Bool = true, _ body: (inout VocabularyReader, FieldNode) -> Void) throws(CatalogError) {
            let path = folder.appendingPathComponent(name).path
            guard replacing[name] != nil || FileManager.default.fileExists(atPath: path) else { return }
            let file = display(root, name)
            guard let data = replacing[name] ?? contents(path, file: file, findings: &catalog.findings) else { return }
            if hashed { catalog.sharedSource = data.withUnsafeBytes { SourceHash.of($0, seed: SourceHash.of(name, seed: catalog.sharedSource)) } }
            guard let node = parseYAML(data, file: file, findings: &catalog.findings) else { return }
            var reader = VocabularyReader(file: file)
            body(&reader, node)
            catalog.findings += reader.findings
        }
        var operatorLine = 0
        try shared("kommune.yaml") { reader, node in
            if let value = reader.municipality(node) { catalog.municipality = value }
            operatorLine = reader.operatorLine
        }
        try shared("behov.yaml") { reader, node in catalog.needs = reader.needs(node) }
        try shared("centre.yaml") { reader, node in catalog.centres = reader.centres(node) }
        let operatorCentre = catalog.municipality.operatorCentre
        if !operatorCentre.isEmpty, !catalog.centres.contains(where: { $0.id == operatorCentre }) {
            let known = catalog.centres.map(\.id)
            let hint = FieldReader.nearest(operatorCentre, in: known.sorted()).map { " (mente du '\($0)'?)" } ?? ""
            catalog.findings.append(Finding(.error, file: display(root, "kommune.yaml"), line: max(operatorLine, 1),
                                            "ukendt driftsenhed '\(operatorCentre)'\(hint); enheden skal stå i centre.yaml"))
        }
        try shared("synonymer.yaml") { reader, node in catalog.synonyms = reader.synonyms(node) }
        try shared("skaerme.yaml", hashed: false) { reader, node in
            (catalog.screens, catalog.screenReferences) = reader.screens(node)
        }
        try shared("kilder.yaml") { reader, node in catalog.sourceNotes = reader.sourceNotes(node) }

        let digests = usable(known, for: catalog)
        let offerFolder = folder.appendingPathComponent("tilbud")
        let added = replacing.keys.filter { $0.hasPrefix("tilbud/") }.map { String($0.dropFirst("tilbud/".count)) }
        let listed = try listing(offerFolder.path)
        let names = added.isEmpty ? listed : Set(listed + added).sorted()
        for (position, name) in names.enumerated() {
            let file = display(root, "tilbud/" + name)
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else {
                if !name.hasPrefix(".") && name != "README.md" {
                    catalog.findings.append(Finding(.warning, file: file, line: 1, "filen læses ikke: tilbud skal ligge i .yaml-filer"))
                }
                continue
            }
            let id = String(name[..<name.lastIndex(of: ".")!])
            let path = offerFolder.appendingPathComponent(name).path
            guard let data = replacing["tilbud/" + name] ?? contents(path, file: file, findings: &catalog.findings) else { continue }
            let source = data.withUnsafeBytes { SourceHash.of($0, seed: SourceHash.of(name)) }
            if let digest = digests[source] {
                catalog.known.append(KnownRecord(digest: digest, file: file, line: 1, position: position))
                continue
            }
            guard let node = parseYAML(data, file: file, findings: &catalog.findings) else { continue }
            var reader = OfferReader(file: file)
            if let entry = reader.read(node, id: id, municipality: catalog.municipality.id) {
                catalog.entries.append(entry.read(from: source, at: position, findings: reader.findings))
            }
            catalog.findings += reader.findings
        }
        for name in try listing(root) where name.hasSuffix(".jsonl") {
            try readJSONLines(folder.appendingPathComponent(name).path, file: display(root, name), into: &catalog, known: digests)
        }
        return catalog
    }

    /// Reads one offer file's bytes on their own: the offer (nil if the file cannot be read as
    /// one) and the findings of the file itself. Rules across files (known needs and centres,
    /// duplicate ids) need `load(path:known:replacing:)`.
    public func readOffer(_ data: Data, file: String, id: String, municipality: String) -> (entry: CatalogEntry?, findings: [Finding]) {
        var findings: [Finding] = []
        guard let node = parseYAML(data, file: file, findings: &findings) else { return (nil, findings) }
        var reader = OfferReader(file: file)
        let entry = reader.read(node, id: id, municipality: municipality)
        return (entry, findings + reader.findings)
    }

    /// Reads one offer per line; a line that is not JSON becomes an error finding, a line in
    /// known is not read again.
    func readJSONLines(_ path: String, file: String? = nil, into catalog: inout Catalog,
                       known: [UInt64: RecordDigest] = [:]) throws(CatalogError) {
        let data: Data
        // Mapped, not copied: a national file is over 100 MB and most of it is only hashed.
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let file = file ?? path
        let municipality = catalog.municipality.id
        let base = max(catalog.entries.last?.position ?? 0, catalog.known.last?.position ?? 0) + 1
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
                var recognised: [KnownRecord] = []
                for (lineNumber, range) in lines[min(chunk * chunkSize, lines.count)..<min((chunk + 1) * chunkSize, lines.count)] {
                    let line = UnsafeRawBufferPointer(rebasing: bytes[range])
                    let source = SourceHash.of(line)
                    if let digest = known[source] {
                        recognised.append(KnownRecord(digest: digest, file: file, line: lineNumber, position: base + lineNumber))
                        continue
                    }
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
                        entries.append(entry.read(from: source, at: base + lineNumber, findings: reader.findings))
                    }
                    findings += reader.findings
                }
                results.store(chunk, entries, findings, recognised)
            }
            return results
        }
        for chunk in results.entries.indices {
            catalog.entries += results.entries[chunk]
            catalog.findings += results.findings[chunk]
            catalog.known += results.known[chunk]
        }
    }

    /// Per-chunk results of a parallel read.
    /// `@unchecked Sendable`: each chunk writes only its own slot, under `lock`.
    private final class ChunkResults: @unchecked Sendable {
        var entries: [[CatalogEntry]]
        var findings: [[Finding]]
        var known: [[KnownRecord]]
        private let lock = NSLock()

        init(count: Int) {
            entries = Array(repeating: [], count: count)
            findings = Array(repeating: [], count: count)
            known = Array(repeating: [], count: count)
        }

        func store(_ chunk: Int, _ entries: [CatalogEntry], _ findings: [Finding], _ known: [KnownRecord]) {
            lock.lock()
            defer { lock.unlock() }
            self.entries[chunk] = entries
            self.findings[chunk] = findings
            self.known[chunk] = known
        }
    }

    /// The byte ranges of the lines in bytes with their 1-based numbers (an empty last line
    /// is left out).
    public static func lines(of bytes: UnsafeRawBufferPointer) -> [(Int, Range<Int>)] {
        var result: [(Int, Range<Int>)] = []
        var start = 0, number = 0
        guard let base = bytes.baseAddress else { return [] }
        while start < bytes.count {
            number += 1
            let end = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                .map { UnsafeRawPointer($0) - base } ?? bytes.count
            result.append((number, start..<end))
            start = end + 1
        }
        return result
    }

    /// A file's bytes; a file that cannot be read becomes an error finding and the result is nil.
    private func contents(_ path: String, file: String, findings: inout [Finding]) -> Data? {
        guard let data = FileManager.default.contents(atPath: path) else {
            findings.append(Finding(.error, file: file, line: 1, "filen kan ikke læses (mangler der rettigheder?)"))
            return nil
        }
        return data
    }

    /// Parses a YAML file's bytes; a syntax error becomes a finding and the result is nil.
    private func parseYAML(_ data: Data, file: String, findings: inout [Finding]) -> FieldNode? {
        guard let text = String(data: data, encoding: .utf8) else {
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

extension CatalogLoader {
    /// The centres of a catalogue folder's `centre.yaml` alone, without reading any offer (an
    /// account for a centre is checked against them before the catalogue is ever indexed).
    /// Empty when the path is not a folder or has no `centre.yaml`; findings say what could not be read.
    public func centres(folder: String) throws(CatalogError) -> (centres: [Centre], findings: [Finding]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { throw .notFound(path: folder) }
        guard isFolder.boolValue else { return ([], []) }
        let read = vocabulary(folder, "centre.yaml", otherwise: []) { $0.centres($1) }
        return (read.value, read.findings)
    }

    /// The screens of a catalogue folder's `skaerme.yaml` read alone (empty without the file), for
    /// Redaktionen's screen form; only `load` checks the offers and needs they name.
    public func screens(folder: String) -> (screens: [Screen], findings: [Finding]) {
        let read = vocabulary(folder, "skaerme.yaml", otherwise: []) { $0.screens($1).screens }
        return (read.value, read.findings)
    }

    /// The municipality's documents that a catalogue folder's `kilder.yaml` lists (empty
    /// without one): the year each was written, for offers known only from them.
    public func sourceNotes(folder: String) -> [SourceNote] {
        vocabulary(folder, "kilder.yaml", otherwise: []) { $0.sourceNotes($1) }.value
    }

    /// The municipality a catalogue folder's `kommune.yaml` names (Redaktionen leaves its id out
    /// of offer files), nil if it cannot be read.
    public func municipality(folder: String) -> Municipality? {
        vocabulary(folder, "kommune.yaml", otherwise: nil) { $0.municipality($1) }.value
    }

    /// One vocabulary file of folder read alone; otherwise when it is missing or unreadable.
    private func vocabulary<T>(_ folder: String, _ name: String, otherwise: T,
                               _ read: (inout VocabularyReader, FieldNode) -> T) -> (value: T, findings: [Finding]) {
        let path = folder + "/" + name
        guard FileManager.default.fileExists(atPath: path) else { return (otherwise, []) }
        let file = display(folder, name)
        var findings: [Finding] = []
        guard let data = contents(path, file: file, findings: &findings),
              let node = parseYAML(data, file: file, findings: &findings) else { return (otherwise, findings) }
        var reader = VocabularyReader(file: file)
        let value = read(&reader, node)
        return (value, findings + reader.findings)
    }
}
