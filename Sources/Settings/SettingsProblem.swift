/// A setting that stops the server from starting: where it was set and what is wrong, in Danish.
/// All are collected and reported together, as the catalogue's findings are.
public struct SettingsProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file and line, the environment variable or the command-line option.
    public var source: String
    public var message: String

    public var description: String { "\(source): \(message)." }

    static var knownKeys: String {
        "indstillingerne er " + Setting.all.map(\.key).joined(separator: ", ")
    }
}

/// Why the settings could not be used: every problem found, so all can be fixed at once.
public struct SettingsError: Error, Sendable, CustomStringConvertible {
    public var problems: [SettingsProblem]
    /// What does not happen because of them (the first words of the message).
    public var consequence = "Serveren starter ikke"

    public init(problems: [SettingsProblem]) {
        self.problems = problems
    }

    public var description: String {
        (["\(consequence): \(problems.count == 1 ? "én indstilling er forkert" : "\(problems.count) indstillinger er forkerte") (se docs/indstillinger.md)."]
            + problems.map(\.description)).joined(separator: "\n")
    }
}
