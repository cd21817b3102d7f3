import ArgumentParser
import Directory

import Foundation

/// Prints a Danish message to standard error and ends with exit code 1.
func fail(_ error: DirectoryError) -> ExitCode {
    printError("tilbud: \(error.description)")
    return ExitCode(1)
}

func printError(_ message: String) {
    var text = message
    if !text.hasSuffix("\n") { text += "\n" }
    FileHandle.standardError.write(Data(text.utf8))
}
