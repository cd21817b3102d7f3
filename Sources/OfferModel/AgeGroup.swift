/// The age groups of the catalogue overview ("landkort") and of an info screen's selection
/// (`skaerme.yaml`, `aldersgruppe`; the raw values are the ids written there).
///
/// Decision (issue 5): børn 0-12, unge 13-29, voksne 30-64, ældre 65-79 and 80+. The groups do
/// not overlap, so every age belongs to exactly one. "Unge" reaches 29 because the municipality's
/// youth offers (Ung på vej) run to 29; "ældre" starts at 65 like the preventive home visits.
///
/// An offer fits a group when its age range overlaps the group's ages. The landkort counts an
/// offer without stated ages in a column of its own, not in every group (`OverviewService`). A link from the overview searches with `representativeAge`, chosen so
/// that the bundled catalogue's age-limited offers (18-29, 65-79, 75+) are found by the link too.
public enum AgeGroup: String, CaseIterable, Sendable, Hashable, Codable {
    case children = "boern"
    case youth = "unge"
    case adults = "voksne"
    case older = "aeldre"
    case oldest = "80-plus"

    /// The ages in the group (both ends included; the last has no upper end).
    public var ages: AgeRange {
        switch self {
        case .children: return AgeRange(from: 0, to: 12)
        case .youth: return AgeRange(from: 13, to: 29)
        case .adults: return AgeRange(from: 30, to: 64)
        case .older: return AgeRange(from: 65, to: 79)
        case .oldest: return AgeRange(from: 80)
        }
    }

    /// Danish name with the ages, e.g. "Ældre 65-79".
    public var label: String {
        switch self {
        case .children: return "Børn 0-12"
        case .youth: return "Unge 13-29"
        case .adults: return "Voksne 30-64"
        case .older: return "Ældre 65-79"
        case .oldest: return "80+"
        }
    }

    /// The age a search for "someone in this group" uses.
    public var representativeAge: Int {
        switch self {
        case .children: return 6
        case .youth: return 20
        case .adults: return 45
        case .older: return 75
        case .oldest: return 85
        }
    }

    /// The group a citizen of this age belongs to.
    public init(age: Int) {
        self = AgeGroup.allCases.first { $0.ages.contains(age) } ?? .children
    }

    /// Whether an offer for `range` fits someone in this group: the ranges overlap.
    public func fits(_ range: AgeRange) -> Bool {
        let groupFrom = ages.from ?? 0, groupTo = ages.to ?? Int.max
        let offerFrom = range.from ?? 0, offerTo = range.to ?? Int.max
        return offerFrom <= groupTo && groupFrom <= offerTo
    }
}
