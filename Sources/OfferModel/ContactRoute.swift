/// Whom a citizen should contact about an offer: its own contact data, else its centre's, else
/// the municipality (whose web address printed pages and the web page point to).
/// One rule for every face, so a handout and a page never send the citizen different ways.
public enum ContactRoute: Sendable, Hashable {
    case offer(Contact)
    case centre(name: String, contact: Contact)
    case municipality

    public init(offer: Offer, centre: Centre?) {
        if !offer.contact.isEmpty {
            self = .offer(offer.contact)
        } else if let centre, !centre.contact.isEmpty {
            self = .centre(name: centre.name, contact: centre.contact)
        } else {
            self = .municipality
        }
    }
}
