import Configuration
import Foundation

/// The settings of `tilbud serve`, each key from the first place that sets it: the command line,
/// the environment (`TILBUDSGUIDE_PORT` ...), the settings file, else its default.
///
/// Every value from every place is checked first, also those a higher place overrides, and a
/// key that does not exist is an error too: a mistake in the file stops the start instead of
/// waiting for the day the variable that hid it is removed. swift-configuration layers the
/// places and names the environment variables; the checks and Danish messages are ours, since a
/// provider cannot list the keys it holds.
public struct Settings: Sendable {
    /// The environment variable that names the settings file, when `--indstillinger` does not.
    public static let fileVariable = Setting.environmentPrefix + "INDSTILLINGER"

    private let values: [String: String]

    /// commandLine: values by key (`--port` and `--indstilling nøgle=værdi`), each with the
    /// option it came from for messages; file: the settings file, if one is named.
    public static func load(commandLine: [(key: String, value: String, option: String)], environment: [String: String],
                            file: String?) throws(SettingsError) -> Settings {
        var problems: [SettingsProblem] = []
        var given: [AbsoluteConfigKey: ConfigValue] = [:]
        for (key, value, option) in commandLine {
            guard let setting = Setting.named(key) else {
                problems.append(SettingsProblem(source: option, message: "\u{201C}\(key)\u{201D} er ikke en indstilling (\(SettingsProblem.knownKeys))"))
                continue
            }
            if let reason = setting.problem(with: value) { problems.append(SettingsProblem(source: option, message: reason)) }
            given[AbsoluteConfigKey(ConfigKey(key))] = ConfigValue(.string(value), isSecret: false)
        }
        let known = Set(Setting.all.map(\.environmentName) + [fileVariable])
        var variables: [String: String] = [:]
        for (name, value) in environment where name.hasPrefix(Setting.environmentPrefix) {
            guard known.contains(name) else {
                problems.append(SettingsProblem(source: "miljøvariablen \(name)", message: "den svarer ikke til nogen indstilling (\(SettingsProblem.knownKeys))"))
                continue
            }
            if let setting = Setting.all.first(where: { $0.environmentName == name }), let reason = setting.problem(with: value) {
                problems.append(SettingsProblem(source: "miljøvariablen \(name)", message: reason))
            }
            variables[name] = value
        }
        var fromFile: [AbsoluteConfigKey: ConfigValue] = [:]
        if let path = file ?? environment[fileVariable] {
            let parsed = SettingsFile.read(path)
            problems += parsed.problems
            for entry in parsed.entries { fromFile[AbsoluteConfigKey(ConfigKey(entry.key))] = ConfigValue(.string(entry.value), isSecret: false) }
        }
        guard problems.isEmpty else { throw SettingsError(problems: problems) }
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "kommandolinjen", values: given),
            EnvironmentVariablesProvider(environmentVariables: variables).prefixKeys(with: ConfigKey("tilbudsguide")),
            InMemoryProvider(name: "indstillingsfilen", values: fromFile),
        ])
        var values: [String: String] = [:]
        for setting in Setting.all {
            let value = reader.string(forKey: ConfigKey(setting.key)) ?? setting.defaultValue
            values[setting.key] = value.trimmingCharacters(in: .whitespaces)
        }
        return Settings(values: values)
    }

    /// Only the defaults (tests, and the value a key has when nothing sets it).
    public static var defaults: Settings {
        Settings(values: Dictionary(uniqueKeysWithValues: Setting.all.map { ($0.key, $0.defaultValue) }))
    }

    public func text(_ setting: Setting) -> String {
        values[setting.key] ?? setting.defaultValue
    }

    /// An `.integer` key's value (checked at load).
    public func integer(_ setting: Setting) -> Int {
        Int(text(setting)) ?? Int(setting.defaultValue) ?? 0
    }

    /// A `.flag` key's value (checked at load).
    public func flag(_ setting: Setting) -> Bool {
        Setting.flag(text(setting)) ?? false
    }

    /// The public base address of the site (`adresse`) without a trailing `/`, for links that
    /// leave the server (mails, QR codes); when not set, `http://host:port` of the server itself.
    public var publicAddress: String {
        var address = text(.publicAddress).trimmingCharacters(in: .whitespaces)
        if address.isEmpty {
            let host = text(.host)
            address = "http://\(host.contains(":") ? "[\(host)]" : host):\(integer(.port))"
        }
        while address.hasSuffix("/") { address.removeLast() }
        return address
    }

    /// An `.optionalText` key's value, nil when it is not set.
    public func optionalText(_ setting: Setting) -> String? {
        let value = text(setting)
        return value.isEmpty ? nil : value
    }

    /// A `.choice` key's value, in lower case.
    public func choice(_ setting: Setting) -> String {
        text(setting).lowercased()
    }

    /// Every key with its value, for the start-up log line.
    public var summary: String {
        Setting.all.map { "\($0.key)=\(text($0))" }.joined(separator: " ")
    }
}
