import OfferModel
import Testing

@Suite struct ContactInputTests {
    @Test func danishNumbersAreWrittenInPairs() {
        #expect(ContactInput.phone("4357-7000") == .valid("43 57 70 00"))
        #expect(ContactInput.phone(" 43577000 ") == .valid("43 57 70 00"))
        #expect(ContactInput.phone("43 57 70 00") == .valid("43 57 70 00"))
        #expect(ContactInput.phone("(43) 57.70.00") == .valid("43 57 70 00"))
    }

    @Test func theCountryCodeIsKept() {
        #expect(ContactInput.phone("+4543577000") == .valid("+45 43 57 70 00"))
        #expect(ContactInput.phone("+45 4357 7000") == .valid("+45 43 57 70 00"))
        #expect(ContactInput.phone("0045 43577000") == .valid("+45 43 57 70 00"))
        #expect(ContactInput.phone("+46 8 123 456") == .valid("+46 8 123 456"))
    }

    @Test func shortNumbersStayWholeAndOddOnesAreRefused() {
        #expect(ContactInput.phone("1813") == .valid("1813"))
        #expect(ContactInput.phone("4357700").problem?.contains("8 cifre") == true)
        #expect(ContactInput.phone("43 57 70 00 ring efter kl. 10").problem?.contains("kun have cifre") == true)
        #expect(ContactInput.phone("") == .valid(""))
    }

    @Test func anEmailIsAPlainAddress() {
        #expect(ContactInput.email("sundhed@ishoj.dk") == .valid("sundhed@ishoj.dk"))
        #expect(ContactInput.email("mailto:Sundhed@Ishoj.DK") == .valid("Sundhed@ishoj.dk"))
        #expect(ContactInput.email("Anna <anna@ishoj.dk>").problem != nil)
        #expect(ContactInput.email("<b>anna@ishoj.dk</b>").problem != nil)
        #expect(ContactInput.email("anna@ishoj").problem != nil)
        #expect(ContactInput.email("anna ishoj.dk").problem != nil)
    }

    @Test func theWebIsHTTPOrHTTPSOnly() {
        #expect(ContactInput.web("ishoj.dk") == .valid("ishoj.dk"))
        #expect(ContactInput.web("https://www.ishoj.dk/sundhed?x=1") == .valid("https://www.ishoj.dk/sundhed?x=1"))
        #expect(ContactInput.web("http://ishoj.dk:8080/a") == .valid("http://ishoj.dk:8080/a"))
        #expect(ContactInput.web("ishoj.dk:8080") == .valid("ishoj.dk:8080"))
        #expect(ContactInput.web("javascript:alert(1)").problem != nil)
        #expect(ContactInput.web("JavaScript://ishoj.dk/%0aalert(1)").problem != nil)
        #expect(ContactInput.web("mailto:a@ishoj.dk").problem != nil)
        #expect(ContactInput.web("data:text/html,<b>").problem != nil)
        #expect(ContactInput.web("ishoj").problem != nil)
    }

    @Test func exportsGetAnAbsoluteAddressOrNone() {
        #expect(ContactInput.absoluteWeb("boblberg.dk") == "https://boblberg.dk")
        #expect(ContactInput.absoluteWeb("http://ishoj.dk") == "http://ishoj.dk")
        #expect(ContactInput.absoluteWeb("javascript:alert(1)") == nil)
        #expect(ContactInput.absoluteWeb("") == nil)
    }
}
