/// How a citizen gets into an offer (`adgang`).
public enum Access: String, Sendable, Hashable, Codable, CaseIterable {
    case selfReferral = "egen-henvendelse"
    case doctorReferral = "henvisning-fra-laege"
    case assessment = "visitation"

    /// Danish label for people.
    public var label: String {
        switch self {
        case .selfReferral: return "egen henvendelse"
        case .doctorReferral: return "henvisning fra læge"
        case .assessment: return "visitation"
        }
    }
}
