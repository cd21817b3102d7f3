import OfferModel
import Testing

@Suite struct ContactRouteTests {
    let centre = Centre(id: "c", name: "Sundhedscentret", contact: Contact(phone: "11 22 33 44"))
    let unit = Centre(id: "drift", name: "Stabsenhed for Sundhedsudvikling", contact: Contact(email: "sund@ishoj.dk"))
    let ishoej = Municipality(id: "ishoej", name: "Ishøj Kommune", web: "ishoj.dk", operatorCentre: "drift")

    @Test func theOffersOwnContactComesFirst() {
        let offer = Offer(id: "a", name: "A", summary: "B", needs: ["x"], centre: "c", contact: Contact(email: "a@b.dk"))
        let route = ContactRoute(offer: offer, centres: [centre, unit], municipality: ishoej)
        #expect(route == .offer(Contact(email: "a@b.dk")))
        #expect(route.text == "a@b.dk")
    }

    @Test func thenTheCentreThenTheUnitThatRunsTheToolThenTheMunicipality() {
        let offer = Offer(id: "a", name: "A", summary: "B", needs: ["x"], centre: "c")
        #expect(ContactRoute(offer: offer, centres: [centre, unit], municipality: ishoej).text == "Sundhedscentret: tlf. 11 22 33 44")
        let silentCentre = Centre(id: "c", name: "Uden kontakt")
        #expect(ContactRoute(offer: offer, centres: [silentCentre, unit], municipality: ishoej).text
            == "Stabsenhed for Sundhedsudvikling: sund@ishoj.dk")
        let silentUnit = Centre(id: "drift", name: "Stabsenhed for Sundhedsudvikling")
        #expect(ContactRoute(offer: offer, centres: [silentCentre, silentUnit], municipality: ishoej)
            == .municipality(name: "Ishøj Kommune", web: "ishoj.dk"))
        #expect(ContactRoute(offer: offer, centres: [], municipality: ishoej).text == "Ishøj Kommune: ishoj.dk")
    }

    @Test func withoutADriftsenhedTheMunicipalityFollowsTheCentre() {
        let offer = Offer(id: "a", name: "A", summary: "B", needs: ["x"])
        let plain = Municipality(id: "ishoej", name: "Ishøj Kommune")
        #expect(ContactRoute(offer: offer, centres: [unit], municipality: plain).text == "Ishøj Kommune")
    }
}
