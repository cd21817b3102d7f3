import OfferModel
import Testing
@testable import WebApp

@Suite struct SearchParametersTests {
    @Test func readsEveryParameterIntoTheRequest() {
        let parameters = SearchParameters(QueryString("q=rygestop&alder=45&behov=rygning&center=c1&adgang=henvisning&limit=5"))
        #expect(parameters.problems.isEmpty)
        let request = parameters.request(defaultLimit: 20)
        #expect(request.text == "rygestop" && request.age == 45 && request.needs == ["rygning"] && request.centres == ["c1"])
        #expect(request.access == [.doctorReferral] && request.limit == 5)
        #expect(parameters.pageURL() == "/?q=rygestop&alder=45&behov=rygning&center=c1&adgang=henvisning-fra-laege")
    }

    @Test func cutsLongTextAndCapsFilters() {
        let long = String(repeating: "x", count: 2000)
        let many = (0..<100).map { "behov=b\($0)" }.joined(separator: "&")
        let parameters = SearchParameters(QueryString("q=\(long)&\(many)"))
        #expect(parameters.text.count == 500)
        #expect(parameters.needs.count == SearchParameters.maxFilterValues)
    }

    @Test func unusableValuesAreProblemsInDanish() {
        let parameters = SearchParameters(QueryString("alder=131&adgang=bus&center=%C3%86&limit=x"))
        #expect(parameters.age == nil && parameters.access.isEmpty && parameters.centres.isEmpty && parameters.limit == nil)
        #expect(parameters.problems.count == 4)
        #expect(parameters.isEmpty)
    }
}
