/// One problem in the catalogue, reported with the file and line where it stands.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error = "fejl"
        case warning = "advarsel"
    }

    public var severity: Severity
    /// Path as given to the reader (relative to the catalogue folder when inside it).
    public var file: String
    public var line: Int
    public var message: String
    /// The centre whose offer has the problem, for the per-centre summary.
    public var centre: String?
    /// The offer field the problem is about, when the rule knows it (a missing field has no line
    /// of its own, so a form shows the problem beside this field instead).
    public var field: String?

    public init(_ severity: Severity, file: String, line: Int, _ message: String, centre: String? = nil, field: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
        self.centre = centre
        self.field = field
    }

    /// `file:line: fejl: message`, the form editors and tools know.
    public var description: String { "\(file):\(line): \(severity.rawValue): \(message)" }
}
