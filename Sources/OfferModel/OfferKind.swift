/// What kind of offer it is (`tilbudstype`); used for exports that need an offer type.
public enum OfferKind: String, Sendable, Hashable, Codable, CaseIterable {
    case course = "kursus"
    case team = "hold"
    case group = "gruppe"
    case individual = "individuel"
    case homeVisit = "hjemmebesoeg"
    case treatment = "behandling"
    case openOffer = "aabent-tilbud"
    case counselling = "raadgivning"
    case digital = "digitalt"

    public var label: String {
        switch self {
        case .course: return "kursus"
        case .team: return "hold"
        case .group: return "gruppe"
        case .individual: return "individuelt forløb"
        case .homeVisit: return "hjemmebesøg"
        case .treatment: return "behandling"
        case .openOffer: return "åbent tilbud"
        case .counselling: return "rådgivning"
        case .digital: return "digitalt tilbud"
        }
    }
}
