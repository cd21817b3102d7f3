@testable import Directory
import Foundation
import OfferModel
import TestSupport

/// The bundled catalogue indexed once into a temporary folder, and the poppler tools that read PDFs back.
enum HandoutFixture {
    /// The repository root (the folder with Package.swift), found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift ikke fundet over \(#filePath)")
    }()

    /// Where tests keep PDFs and PNGs to look at (git-ignored).
    static let artefacts: String = {
        let path = root + "/Tests/HandoutTests/artefacts"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// A directory over a fresh index of the bundled catalogue as committed, built once for all tests.
    static let directory: OfferDirectory = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("handout-index-\(UUID().uuidString.prefix(8))").path
        let directory = OfferDirectory(catalogPath: RepositoryPaths.catalog, indexPath: folder)
        do { _ = try directory.reindex() } catch { fatalError("Kunne ikke bygge indekset: \(error)") }
        return directory
    }()

    static let today = CalendarDate(year: 2026, month: 5, day: 4)!

    /// Writes `data` to the artefacts folder and returns the path.
    static func keep(_ data: Data, as name: String) throws -> String {
        let path = artefacts + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The PDF's text as `pdftotext` reads it (UTF-8, one text line per line).
    static func text(of pdf: String) throws -> String {
        try run("/usr/bin/pdftotext", ["-enc", "UTF-8", pdf, "-"])
    }

    /// The PDF's text with every run of white space made one space, for phrases that may wrap.
    static func flatText(of pdf: String) throws -> String {
        try text(of: pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `pdfinfo`'s "Key: value" lines as a dictionary.
    static func info(of pdf: String) throws -> [String: String] {
        var info: [String: String] = [:]
        for line in try run("/usr/bin/pdfinfo", [pdf]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return info
    }

    /// Renders page 1 at 60 dpi to `<stem>.png` in the artefacts folder and returns its path.
    static func renderFirstPage(of pdf: String, to stem: String) throws -> String {
        _ = try run("/usr/bin/pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, artefacts + "/" + stem])
        return artefacts + "/" + stem + ".png"
    }

    /// Words with their boxes, from `pdftotext -bbox`: (word, height in points).
    static func wordHeights(of pdf: String) throws -> [(word: String, height: Double)] {
        let html = try run("/usr/bin/pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"])
        var words: [(String, Double)] = []
        for line in html.split(separator: "\n") where line.contains("<word ") {
            func value(_ key: String) -> Double? {
                guard let range = line.range(of: "\(key)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let yMin = value("yMin"), let yMax = value("yMax"),
                  let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") else { continue }
            words.append((String(line[line.index(after: open)..<close.lowerBound]), yMax - yMin))
        }
        return words
    }

    /// Runs a program and returns its standard output; throws if it fails.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ToolFailure(program: program, status: process.terminationStatus) }
        return String(decoding: data, as: UTF8.self)
    }

    struct ToolFailure: Error {
        var program: String
        var status: Int32
    }
}
