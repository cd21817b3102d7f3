import OfferModel
import Testing

@Suite struct ContactRouteTests {
    let centre = Centre(id: "c", name: "Sundhedscentret", contact: Contact(phone: "11 22 33 44"))

    @Test func theOffersOwnContactComesFirst() {
        let offer = Offer(id: "a", name: "A", summary: "B", needs: ["x"], contact: Contact(email: "a@b.dk"))
        #expect(ContactRoute(offer: offer, centre: centre) == .offer(Contact(email: "a@b.dk")))
    }

    @Test func thenTheCentresThenTheMunicipality() {
        let offer = Offer(id: "a", name: "A", summary: "B", needs: ["x"])
        #expect(ContactRoute(offer: offer, centre: centre) == .centre(name: "Sundhedscentret", contact: centre.contact))
        #expect(ContactRoute(offer: offer, centre: Centre(id: "d", name: "Uden kontakt")) == .municipality)
        #expect(ContactRoute(offer: offer, centre: nil) == .municipality)
    }
}
