/// What sending mail can fail with; the description is Danish and says what to do.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The sendmail program could not be started.
    case noTransport(program: String, reason: String)
    /// The program ran but did not take the message.
    case refused(program: String, status: Int32, output: String)
    /// The program did not finish in time and was stopped.
    case timedOut(program: String, seconds: Int)

    public var description: String {
        switch self {
        case let .noTransport(program, reason):
            "Posten kunne ikke sendes: \(program) kan ikke startes (\(reason)). Installér msmtp-mta, eller sæt post.sendmail (se docs/drift.md)."
        case let .refused(program, status, output):
            "Posten kunne ikke sendes: \(program) sluttede med kode \(status)" + (output.isEmpty ? "." : ": \(output)")
        case let .timedOut(program, seconds):
            "Posten kunne ikke sendes: \(program) svarede ikke inden for \(seconds) sekunder og blev stoppet."
        }
    }
}
