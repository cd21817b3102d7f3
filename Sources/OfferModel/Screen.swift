/// An info screen in a waiting room or a canteen (`skaerme.yaml`): which offers it shows, in
/// turn, and for how long each.
///
/// The offers are the ones named in `offers`, in that order, then those `selection` finds (by
/// need and age group) that are not named already. Paused and ended offers are never shown.
/// The coded keys are the catalogue's Danish field names, as for `Offer`.
public struct Screen: Sendable, Hashable, Codable, Identifiable {
    /// The id in the address `/skaerm/<id>`: lowercase a-z, 0-9 and `-`.
    public var id: String
    /// The place, as staff know the screen ("Borgerservice").
    public var title: String
    /// A line shown above every offer ("Sundhedstilbud i Ishøj Kommune"); empty for none.
    public var theme: String
    /// How long each offer stays on the screen.
    public var seconds: Int
    /// Offer ids in the order they are shown.
    public var offers: [String]
    /// Offers found by need and age group, shown after `offers`; nil for none.
    public var selection: ScreenSelection?

    /// `sekunder` when the file leaves it out.
    public static let defaultSeconds = 20
    /// The shortest and longest time an offer may stay on a screen: shorter cannot be read from
    /// across a waiting room, longer and the screen seems to stand still.
    public static let secondsRange = 5...600

    public init(id: String, title: String, theme: String = "", seconds: Int = Screen.defaultSeconds,
                offers: [String] = [], selection: ScreenSelection? = nil) {
        self.id = id
        self.title = title
        self.theme = theme
        self.seconds = seconds
        self.offers = offers
        self.selection = selection
    }

    enum CodingKeys: String, CodingKey {
        case id, title = "titel", theme = "tema", seconds = "sekunder", offers = "tilbud", selection = "udvalg"
    }
}

/// The offers of a screen found by what they are about (`udvalg`): every offer with any of
/// `needs` (all offers when empty) that fits `ageGroup` (any age when nil).
public struct ScreenSelection: Sendable, Hashable, Codable {
    public var needs: [String]
    public var ageGroup: AgeGroup?

    public init(needs: [String] = [], ageGroup: AgeGroup? = nil) {
        self.needs = needs
        self.ageGroup = ageGroup
    }

    enum CodingKeys: String, CodingKey {
        case needs = "behov", ageGroup = "aldersgruppe"
    }
}
