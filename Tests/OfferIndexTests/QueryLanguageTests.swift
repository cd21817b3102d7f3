@testable import OfferIndex
import OfferModel
import Testing

/// Which language a query is written in, from its script and common words (issue 26).
@Suite struct QueryLanguageTests {
    func language(_ text: String) -> QueryLanguage { QueryLanguage.detect(WordScanner.words(text)) }

    @Test func eachLanguageByItsScriptOrWords() {
        #expect(language("min mor på 79 taler kun arabisk og er ensom") == .danish)
        #expect(language("my mother is 79, she only speaks Arabic and is lonely") == .english)
        #expect(language("أمي عمرها 79 سنة وتتكلم العربية فقط وتشعر بالوحدة") == .arabic)
        #expect(language("میری ماں 79 سال کی ہے، صرف عربی بولتی ہے اور اکیلی ہے") == .urdu)
        #expect(language("79 yaşındaki annem sadece Arapça konuşuyor ve yalnız") == .turkish)
        #expect(language("hooyaday waa 79 sano waxayna ku hadashaa af carabi oo kaligeed ayey tahay") == .somali)
        #expect(language("moja mama ma 79 lat, mówi tylko po arabsku i jest samotna") == .polish)
    }

    /// Single words and names are Danish unless something says otherwise: the catalogue's own
    /// words are Danish, and a word the index knows counts for Danish.
    @Test func unclearQueriesAreDanish() {
        #expect(language("NADA") == .danish)
        #expect(language("rygestpo") == .danish)
        #expect(language("") == .danish)
        #expect(QueryLanguage.detect(["stop", "smoking"], knownToIndex: { $0 == "stop" }) == .danish)
        #expect(QueryLanguage.detect(["i", "want", "to", "stop", "smoking"], knownToIndex: { $0 == "stop" }) == .english)
    }

    @Test func theDanishDictionaryKnowsInflectionsAndCompounds() {
        let dictionary = DanishDictionary.shared
        #expect(dictionary.contains("taler") == true)
        #expect(dictionary.contains("ensomme") == true)
        #expect(dictionary.contains("xqzvbt") == false)
        #expect(dictionary.contains("rygestob") == false)
    }
}
