internal import Handout
import OfferModel

/// Who a handout is for: the value of `--til` and of the web's `til` parameter.
public enum HandoutAudience: String, Sendable, CaseIterable {
    /// Praktiserende læger: every chosen offer, by theme, with how to refer.
    case doctor = "laege"
    /// A citizen: the chosen offers in plain Danish, large text.
    case citizen = "borger"
}

/// What to put on a handout. Filters combine (an offer must pass all of them); no filter means
/// every public offer.
public struct HandoutRequest: Sendable {
    public var audience: HandoutAudience
    /// Only offers with at least one of these needs (ids from behov.yaml). For the GP version these are
    /// also the themes, in the catalogue's order.
    public var needs: [String]
    /// Only offers whose age range contains this age (an open range contains every age).
    public var age: Int?
    /// Only offers from this centre (id from centre.yaml).
    public var centre: String?
    /// Only these offers, printed in this order; each id must exist and be public.
    public var ids: [String]
    /// Without `ids`: only the offers a search for this text finds as good matches, best first.
    public var text: String
    /// The date printed in the footer.
    public var today: CalendarDate

    public init(audience: HandoutAudience, needs: [String] = [], age: Int? = nil, centre: String? = nil,
                ids: [String] = [], text: String = "", today: CalendarDate = .today()) {
        self.text = text
        self.audience = audience
        self.needs = needs
        self.age = age
        self.centre = centre
        self.ids = ids
        self.today = today
    }
}

extension OfferDirectory {
    /// A print-ready PDF of the chosen offers, from the live index (the same offers search shows).
    ///
    /// Without `ids`, offers come in name order; with `ids`, in the given order (repeats dropped).
    /// The GP version groups them by theme; see `DoctorHandout` for where an offer with several needs goes.
    public func handout(_ request: HandoutRequest) throws(DirectoryError) -> PrintedHandout {
        let content = try handoutContent(request)
        do {
            switch request.audience {
            case .doctor: return try DoctorHandout(content: content).render()
            case .citizen: return try CitizenSheet(content: content).render()
            }
        } catch {
            throw .invalidRequest(error.description)
        }
    }

    /// The offers, themes and names a handout for `request` prints, chosen from the live index.
    public func handoutContent(_ request: HandoutRequest) throws(DirectoryError) -> HandoutContent {
        let catalog = try published()
        for need in request.needs where catalog.need(need) == nil {
            throw .invalidRequest("Ukendt behov '\(need)'. Brug et id fra behov.yaml.")
        }
        if let centre = request.centre, catalog.centre(centre) == nil {
            throw .invalidRequest("Ukendt center '\(centre)'. Brug et id fra centre.yaml.")
        }
        if let age = request.age, !(0...130).contains(age) {
            throw .invalidRequest("Alderen skal være mellem 0 og 130.")
        }

        var offers: [Offer]
        if request.ids.isEmpty, !request.text.isEmpty {
            let found = try search(SearchRequest(text: request.text, age: request.age, needs: request.needs,
                                                 centres: request.centre.map { [$0] } ?? [], limit: SearchRequest.maxLimit))
            guard found.quality == .good, !found.results.isEmpty else { throw .noMatchingOffers }
            offers = found.results.map(\.offer)
        } else if request.ids.isEmpty {
            offers = catalog.publicOffers.sorted { Self.sortKey($0.name) < Self.sortKey($1.name) }
        } else {
            var seen: Set<String> = []
            offers = []
            for id in request.ids where seen.insert(id).inserted {
                guard let offer = catalog.offers.first(where: { $0.id == id }) else { throw .unknownOffer(id: id) }
                guard offer.isPublic else {
                    throw .invalidRequest("Tilbuddet '\(id)' er ophørt og kan ikke komme med på et handout.")
                }
                offers.append(offer)
            }
        }
        let wanted = Set(request.needs)
        offers = offers.filter { offer in
            (wanted.isEmpty || offer.needs.contains(where: wanted.contains))
                && (request.age.map(offer.ages.contains) ?? true)
                && (request.centre.map { $0 == offer.centre } ?? true)
        }
        guard !offers.isEmpty else {
            throw .invalidRequest("Ingen tilbud passer til valget. Vælg andre behov, en anden alder eller et andet center.")
        }
        let themes = wanted.isEmpty ? catalog.needs : catalog.needs.filter { wanted.contains($0.id) }
        return HandoutContent(offers: offers, needs: themes, centres: catalog.centres,
                              municipality: catalog.municipality, printed: request.today)
    }

    /// Lower-case name with æ, ø, å after z, in that order, as in a Danish dictionary.
    private static func sortKey(_ name: String) -> String {
        name.lowercased().map { character -> String in
            switch character {
            case "æ": return "{1"
            case "ø": return "{2"
            case "å": return "{3"
            default: return String(character)
            }
        }.joined()
    }
}
