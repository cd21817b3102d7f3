import ArgumentParser
import Directory

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Eksportér kataloget til sundhed.dk, Open Referral HSDS eller FHIR.",
        discussion: "Kun offentlige oplysninger eksporteres; feltet 'intern' kommer aldrig med.",
        subcommands: [SundhedDK.self, HSDS.self, FHIR.self]
    )

    struct SundhedDK: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sundhed-dk",
            abstract: "CSV, JSON og én side pr. tilbud til den halvårlige opdatering af sundhed.dk.",
            discussion: "Eksempel: tilbud export sundhed-dk --out eksport/2026-10 --since eksport/2026-04"
        )

        @Option(name: .long, help: "Mappen, eksporten skrives i.")
        var out: String

        @Option(name: .long, help: "Mappen med den forrige eksport; aendringer.md viser så kun det, der er ændret.")
        var since: String?

        @OptionGroup var locations: Locations

        func run() async throws {
            let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index)
            let report: ExportReport
            do { report = try await directory.exportSundhedDK(to: out, since: since) } catch { throw exportFailure(error) }
            var line = "Eksporterede \(report.offers) tilbud til sundhed.dk i \(out) (tilbud.csv, tilbud.json og \(report.offers) sider)"
            if let changes = report.changeCounts, since != nil {
                line += "; siden forrige eksport: \(changes) (se aendringer.md)."
            } else {
                line += "; ingen forrige eksport angivet, så alle står som nye i aendringer.md."
            }
            print(line)
        }
    }

    struct HSDS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hsds",
            abstract: "Open Referral HSDS 3.0 (JSON) til nationale og tværkommunale oversigter."
        )

        @Option(name: .long, help: "Mappen, eksporten skrives i.")
        var out: String

        @OptionGroup var locations: Locations

        func run() async throws {
            let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index)
            let report: ExportReport
            do { report = try await directory.exportHSDS(to: out) } catch { throw exportFailure(error) }
            print("Eksporterede \(report.offers) tilbud som HSDS 3.0 til \(out) (heraf \(report.ended) ophørte, markeret 'defunct').")
        }
    }

    struct FHIR: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fhir",
            abstract: "FHIR R4-bundle med Organization, Location og HealthcareService."
        )

        @Option(name: .long, help: "JSON-filen, der skrives.")
        var out: String

        @OptionGroup var locations: Locations

        func run() async throws {
            let directory = OfferDirectory(catalogPath: locations.catalog, indexPath: locations.index)
            let report: ExportReport
            do { report = try await directory.exportFHIR(to: out) } catch { throw exportFailure(error) }
            print("Eksporterede \(report.offers) tilbud som FHIR R4-bundle til \(out) (heraf \(report.ended) ophørte, markeret inaktive).")
        }
    }
}

/// Prints every catalogue error when that is why nothing was exported, then the message.
func exportFailure(_ error: DirectoryError) -> ExitCode {
    if case let .invalidCatalog(errors) = error {
        for finding in errors { printError(finding.description) }
        printError("tilbud: Kataloget har \(errors.count) fejl, så der er ikke eksporteret noget. Ret dem (se `tilbud validate`) og prøv igen.")
        return ExitCode(1)
    }
    return fail(error)
}
