import OfferIndex
import OfferModel
import TestSupport

/// A handful of offers covering filters, statuses and text features, shared by the index tests.
enum SampleContent {
    static let offers: [Offer] = [
        Offer(id: "rygestop", name: "Rygestopkursus", summary: "Rygestopkurser på apoteket.",
              description: "Vi holder rygestopkurser for borgere, der vil holde op med at ryge.", needs: ["rygning"],
              ages: AgeRange(from: 18), centre: "sundhed", access: [.selfReferral], keywords: ["cigaretter"], municipality: "testby"),
        Offer(id: "vennekreds", name: "Vennekredsen", summary: "Fællesskab mod ensomhed for ældre.",
              description: "Samvær for ældre, der sidder meget alene og føler ensomhed.", needs: ["ensomhed", "aeldre"],
              ages: AgeRange(from: 65), centre: "aeldre", access: [.selfReferral], municipality: "testby"),
        Offer(id: "diabetes", name: "Forløb for borgere med diabetes", summary: "Undervisning i at leve med diabetes.",
              description: "Forløbsprogram med undervisning og træning.", needs: ["kronisk"],
              centre: "sundhed", access: [.doctorReferral], municipality: "testby"),
        Offer(id: "boernevaegt", name: "Tip Tap Tynde", summary: "Forløb for børn med overvægt og deres familier.",
              needs: ["kost", "boern"], ages: AgeRange(from: 4, to: 12), centre: "sundhed", access: [.doctorReferral], municipality: "testby"),
        Offer(id: "pause", name: "Gåhold", summary: "Gåture i naturen.", needs: ["motion"], centre: "aeldre",
              status: .paused, municipality: "testby"),
        Offer(id: "slut", name: "Gammelt rygeprojekt", summary: "Et rygestopprojekt, der er slut.", needs: ["rygning"],
              centre: "sundhed", status: .ended, municipality: "testby"),
        Offer(id: "tandpleje", name: "Omsorgstandpleje", summary: "Tandpleje for ældre med særlige behov.",
              needs: ["tand"], centre: "aeldre", access: [.assessment], municipality: "andenby"),
        Offer(id: "hjemmebesoeg", name: "Forebyggende hjemmebesøg", summary: "Besøg hjemme for ældre fra 75 år.",
              needs: ["aeldre"], ages: AgeRange(from: 75), centre: "aeldre", access: [.selfReferral], municipality: "testby"),
    ]

    static let synonyms = SynonymTable(["sukkersyge": ["diabetes"], "alene": ["ensomhed"], "holde op med at ryge": ["rygestop"]])

    static let content = IndexContent(
        offers: offers,
        needs: [Need(id: "rygning", name: "Rygning"), Need(id: "ensomhed", name: "Ensomhed"), Need(id: "kronisk", name: "Kronisk sygdom")],
        centres: [Centre(id: "sundhed", name: "Sundhedscentret"), Centre(id: "aeldre", name: "Ældrecentret")],
        municipality: Municipality(id: "testby", name: "Testby Kommune"), synonyms: synonyms)

    /// A searcher over a freshly built index of `content` in a new temporary folder.
    static func searcher(_ content: IndexContent = content, options: IndexOptions = IndexOptions()) throws -> (OfferSearcher, TemporaryFolder) {
        let folder = TemporaryFolder("indeks")
        let location = IndexLocation(directory: folder.path)
        try IndexWriter(location: location, options: options).rebuild(content)
        return (try OfferSearcher(location: location), folder)
    }
}

extension SearchResult {
    var ids: [String] { hits.map(\.offer.id) }
}
