/// What making a handout can fail with; the description is Danish and says what to do.
public enum HandoutError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Cairo reported a problem while `step` was done (e.g. "sideskift"); `message` is Cairo's own text.
    case cairo(step: String, message: String)
    /// Pango could not give a layout or a font.
    case pango(step: String)
    /// The font the handouts are set in is not installed; Pango would silently use another.
    case fontMissing(family: String, substitute: String)
    /// There was nothing to print.
    case noOffers

    public var description: String {
        switch self {
        case let .cairo(step, message):
            return "PDF'en kunne ikke laves (\(step)): \(message)."
        case let .pango(step):
            return "Teksten kunne ikke sættes op (\(step)). Kontrollér, at Pango er installeret (libpango-1.0)."
        case let .fontMissing(family, substitute):
            return "Skrifttypen \(family) mangler (Pango ville bruge \(substitute)). Installér pakken fonts-dejavu-core."
        case .noOffers:
            return "Der er ingen tilbud at skrive ud. Vælg andre behov, en anden alder eller et andet center."
        }
    }
}
