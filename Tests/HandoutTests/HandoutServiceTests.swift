@testable import Directory
import OfferModel
import Testing

@Suite struct HandoutServiceTests {
    private func request(_ audience: HandoutAudience = .doctor, needs: [String] = [], age: Int? = nil,
                         centre: String? = nil, ids: [String] = []) -> HandoutRequest {
        HandoutRequest(audience: audience, needs: needs, age: age, centre: centre, ids: ids, today: HandoutFixture.today)
    }

    @Test func idsKeepTheirOrderAndRepeatsAreDropped() throws {
        let content = try HandoutFixture.directory.handoutContent(request(.citizen, ids: ["nada", "boblberg", "nada", "telekol"]))
        #expect(content.offers.map(\.id) == ["nada", "boblberg", "telekol"])
    }

    @Test func anUnknownIdIsAnUnknownOffer() throws {
        #expect {
            try HandoutFixture.directory.handout(request(ids: ["boblberg", "findes-ikke"]))
        } throws: { error in
            guard case let .unknownOffer(id) = error as? DirectoryError else { return false }
            return id == "findes-ikke"
        }
    }

    @Test func filtersByNeedAgeAndCentre() throws {
        let directory = HandoutFixture.directory
        let smoking = try directory.handoutContent(request(needs: ["rygning"]))
        #expect(smoking.offers.map(\.id) == ["rygestopkursus"])
        #expect(smoking.needs.map(\.id) == ["rygning"])

        let children = try directory.handoutContent(request(age: 8))
        #expect(children.offers.allSatisfy { $0.ages.contains(8) })
        #expect(!children.offers.contains { $0.id == "forebyggende-hjemmebesoeg-65-79-aar" })

        let health = try directory.handoutContent(request(centre: "sundhedsplejen"))
        #expect(!health.offers.isEmpty)
        #expect(health.offers.allSatisfy { $0.centre == "sundhedsplejen" })
    }

    @Test func withoutIdsEveryPublicOfferComesInDanishNameOrder() throws {
        let content = try HandoutFixture.directory.handoutContent(request())
        let published = try HandoutFixture.directory.published()
        #expect(content.offers.count == published.publicOffers.count)
        #expect(content.offers.allSatisfy { $0.isPublic })
        #expect(content.municipality.web == "ishoj.dk")
    }

    @Test func unknownNeedsAndCentresAndEmptySelectionsAreExplainedInDanish() throws {
        let directory = HandoutFixture.directory
        for bad in [request(needs: ["findes-ikke"]), request(centre: "intet-center"), request(needs: ["rygning"], centre: "tandplejen")] {
            #expect {
                try directory.handout(bad)
            } throws: { error in
                guard case let .invalidRequest(message) = error as? DirectoryError else { return false }
                return message.contains("behov") || message.contains("center") || message.contains("Ingen tilbud")
            }
        }
    }

    @Test func anEndedOfferCannotBeChosen() throws {
        #expect {
            try HandoutFixture.directory.handout(request(.citizen, ids: ["sammen-om-demens"]))
        } throws: { error in
            guard case let .invalidRequest(message) = error as? DirectoryError else { return false }
            return message.contains("ophørt")
        }
    }
}
