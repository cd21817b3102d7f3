
/// Everything a handout prints, as plain values: the chosen offers and the names they refer to.
///
/// The caller chooses and orders the offers; the handouts print them in that order (the GP version
/// groups them by theme and keeps the order within each theme).
public struct HandoutContent: Sendable {
    /// The offers to print. Only public ones (aktiv or pause) are printed; ended ones are left out.
    public var offers: [Offer]
    /// The themes, in the order the GP version prints them.
    public var needs: [Need]
    public var centres: [Centre]
    public var municipality: Municipality
    /// The day the handout is printed, shown in the footer.
    public var printed: CalendarDate

    public init(offers: [Offer], needs: [Need], centres: [Centre], municipality: Municipality, printed: CalendarDate) {
        self.offers = offers
        self.needs = needs
        self.centres = centres
        self.municipality = municipality
        self.printed = printed
    }

    /// The offers that are printed: public ones, each once, in the given order.
    package var printable: [Offer] {
        var seen: Set<String> = []
        return offers.filter { $0.isPublic && seen.insert($0.id).inserted }
    }

    package func centre(_ id: String) -> Centre? { centres.first { $0.id == id } }
}
