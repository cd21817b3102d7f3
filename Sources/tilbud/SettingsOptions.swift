import ArgumentParser
import Foundation
import Settings

/// The settings file and `--indstilling nøgle=værdi`, shared by `tilbud serve` and `tilbud
/// paamind`: both read their settings the same way (command line, `TILBUDSGUIDE_…`
/// environment, file, default; see docs/indstillinger.md).
struct SettingsOptions: ParsableArguments {
    @Option(name: .customLong("indstillinger"), help: "Indstillingsfilen (nøgle = værdi pr. linje).")
    var file: String?

    @Option(name: .customLong("indstilling"), help: "En indstilling som nøgle=værdi; kan gentages.")
    var pairs: [String] = []

    /// The settings, with the command's own options (setting, value if given, option name) in
    /// front of every `--indstilling`. Wrong settings are printed in Danish (beginning with
    /// consequence) and end the command with code 1.
    func load(_ named: [(Setting, String?, String)], consequence: String) throws -> Settings {
        var given: [(key: String, value: String, option: String)] = []
        for (setting, value, option) in named { if let value { given.append((setting.key, value, option)) } }
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            given.append((String(parts[0]).trimmingCharacters(in: .whitespaces), parts.count > 1 ? String(parts[1]) : "",
                          "--indstilling \(pair)"))
        }
        do {
            return try Settings.load(commandLine: given, environment: ProcessInfo.processInfo.environment, file: file)
        } catch {
            var error = error
            error.consequence = consequence
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
