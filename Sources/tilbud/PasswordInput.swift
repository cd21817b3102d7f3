import Accounts
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a password from standard input, never from an argument (arguments show in `ps` and in
/// shell history). At a terminal it asks in Danish without echo, twice when `confirm`; from a
/// pipe it takes the first line.
enum PasswordInput {
    static func read(confirm: Bool) throws(AccountsError) -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard var line = readLine(strippingNewline: true) else { throw .noPassword }
            if line.hasSuffix("\r") { line.removeLast() }
            return line
        }
        let first = try silently(prompt: "Adgangskode: ")
        guard confirm else { return first }
        guard try silently(prompt: "Gentag adgangskoden: ") == first else { throw .passwordsDiffer }
        return first
    }

    /// One line typed at the terminal with echo off, restored afterwards whatever happens.
    private static func silently(prompt: String) throws(AccountsError) -> String {
        var saved = termios()
        let canSilence = tcgetattr(STDIN_FILENO, &saved) == 0
        if canSilence {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        }
        // Asked only once echo is off, so nothing typed after the prompt can show.
        FileHandle.standardError.write(Data(prompt.utf8))
        defer {
            if canSilence { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw .noPassword }
        return line
    }
}
