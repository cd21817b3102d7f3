import Foundation
import LogOutput
import Logging
import Settings

/// Where the commands' log lines go: standard error, one line per event (journald keeps them
/// when systemd runs the server), as text or JSON Lines.
enum LogSetup {
    /// The server's logger, set up as its settings say; every logger in the process writes the same way.
    static func server(_ settings: Settings) -> Logger {
        let level = Logger.Level(rawValue: settings.choice(.logLevel)) ?? .info
        let format = LineLogHandler.Format(rawValue: settings.choice(.logFormat)) ?? .text
        bootstrap(level: level, format: format)
        return Logger(label: "tilbudsguide")
    }

    /// For `tilbud index`: its events as lines, in the format TILBUDSGUIDE_LOG_FORMAT names
    /// (text when unset), so a follower loop's journal reads like the server's.
    static func command() -> Logger {
        let environment = ProcessInfo.processInfo.environment
        let format = environment[Setting.logFormat.environmentName].flatMap { LineLogHandler.Format(rawValue: $0.lowercased()) } ?? .text
        let level = environment[Setting.logLevel.environmentName].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        bootstrap(level: level, format: format)
        return Logger(label: "tilbudsguide")
    }

    private static func bootstrap(level: Logger.Level, format: LineLogHandler.Format) {
        LoggingSystem.bootstrap { _ in LineLogHandler(level: level, format: format) }
    }
}
