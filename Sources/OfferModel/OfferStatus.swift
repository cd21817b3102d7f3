/// Whether an offer runs (`status`).
public enum OfferStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case active = "aktiv"
    /// Shown, but marked as paused.
    case paused = "pause"
    /// Never shown in search results.
    case ended = "ophoert"

    public var label: String {
        switch self {
        case .active: return "aktiv"
        case .paused: return "på pause"
        case .ended: return "ophørt"
        }
    }
}
