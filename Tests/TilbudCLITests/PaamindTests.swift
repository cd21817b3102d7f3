import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// `tilbud paamind` and "Meld fejl" by e-mail, end to end: the real binary sends through a real
/// sendmail (msmtp) to a real SMTP server (aiosmtpd), and the messages are parsed back with
/// Python's email package.
@Suite(.serialized) struct PaamindTests {
    let catalog = CatalogFixture()
    let index = TemporaryFolder("paamind-indeks")
    let state = TemporaryFolder("paamind-tilstand")
    static let site = "https://tilbud.testby.dk"

    /// The fixture catalogue indexed, with Sundhedscentret's two offers verified 2026-10-01 (due
    /// 2027-04-01) and Ældrecentret's one verified 2027-03-01 (due in September), and four
    /// accounts: an editor of each centre and an administrator with addresses, one without.
    func prepare() async throws {
        catalog.write("vennekreds", try String(contentsOfFile: catalog.folder.at("tilbud/vennekreds.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "2026-10-01", with: "2027-03-01"))
        let indexed = try await CommandRunner.tilbud(["index", "--catalog", catalog.path, "--index", index.path, "--semantik", "fra"])
        try #require(indexed.status == 0, "\(indexed.stderr)")
        for (name, role, email) in [("hanne", ["--center", "sundhedscenter"], "hanne@testby.dk"),
                                    ("ib", ["--center", "aeldrecenter"], "ib@testby.dk"),
                                    ("søren", ["--administrator"], "soeren@testby.dk"), ("uden", ["--administrator"], nil)] {
            let result = try await CommandRunner.tilbud(["bruger", "opret", name] + role + (email.map { ["--email", $0] } ?? [])
                + ["--catalog", catalog.path, "--tilstand", state.path], input: "hemmelig-kode-1\n")
            try #require(result.status == 0, "\(result.stderr)")
        }
    }

    func remind(on day: String, sendmail: String) async throws -> CommandResult {
        try await CommandRunner.tilbud(["paamind", "--catalog", catalog.path, "--index", index.path, "--tilstand", state.path, "--dato", day,
                                        "--indstilling", "post.sendmail=\(sendmail)", "--indstilling", "post.fra=tilbudsguide@testby.dk",
                                        "--indstilling", "adresse=\(Self.site)/"])
    }

    @Test(.outsidePrograms) func everyoneWithSomethingDueGetsOneMessageAndASecondRunSendsNothing() async throws {
        let post = try MailSink()
        try await prepare()
        let first = try await remind(on: "2027-03-15", sendmail: post.sendmail)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 sendt, 0 ikke sendt."), "\(first.stdout)")
        let messages = try await post.messages()
        #expect(messages.map(\.envelope_to).sorted { $0[0] < $1[0] } == [["hanne@testby.dk"], ["soeren@testby.dk"]])
        let hanne = try #require(messages.first { $0.to == ["hanne@testby.dk"] })
        #expect(hanne.subject == "Tilbudsguiden: 2 tilbud skal bekræftes – Sundhedscentret")
        #expect(hanne.to_names == ["hanne"] && hanne.from.contains("tilbudsguide@testby.dk"))
        #expect(hanne.content_type == "text/plain" && hanne.charset == "utf-8" && hanne.ascii_only)
        #expect(hanne.message_id.hasSuffix("@testby.dk>") && !hanne.date.isEmpty)
        #expect(hanne.text.contains("Rygestopkursus: senest 1. april 2027") && hanne.text.contains("Sund vægt for børn"))
        #expect(!hanne.text.contains("Vennekredsen"))
        #expect(hanne.links.contains("\(Self.site)/redaktion/tilbud/rygestop") && hanne.links.contains("\(Self.site)/redaktion/tilbud/boernevaegt"))
        let overview = try #require(messages.first { $0.to == ["soeren@testby.dk"] })
        #expect(overview.subject.hasPrefix("Tilbudsguiden: overblik"))
        #expect(overview.text.contains("Sundhedscentret") && overview.text.contains("Påmindelsen går til: hanne"))
        #expect(!overview.text.contains("Ældrecentret"), "nothing of Ældrecentret is due")

        let second = try await remind(on: "2027-03-15", sendmail: post.sendmail)
        #expect(second.status == 0 && second.stdout.contains("0 sendt"), "\(second.stdout)")
        #expect(second.stdout.contains("Allerede sendt i dag til hanne"))
        #expect(try await post.messages().count == 2)
    }

    @Test(.outsidePrograms) func anOfferOverdueForMoreThan30DaysIsNamedToTheAdministratorsOnly() async throws {
        let post = try MailSink()
        try await prepare()
        let result = try await remind(on: "2027-05-15", sendmail: post.sendmail)
        #expect(result.status == 0, "\(result.stderr)")
        let messages = try await post.messages()
        let overview = try #require(messages.first { $0.to == ["soeren@testby.dk"] })
        #expect(overview.subject == "Tilbudsguiden: overblik – 2 tilbud forfaldne, 2 i over 30 dage")
        #expect(overview.text.contains("Forfaldne i over 30 dage:\n  - Rygestopkursus (forfalden siden 1. april 2027)"), "\(overview.text)")
        #expect(overview.links.contains("\(Self.site)/redaktion/tilbud/rygestop"))
        let hanne = try #require(messages.first { $0.to == ["hanne@testby.dk"] })
        #expect(hanne.text.contains("Skulle have været bekræftet:") && !hanne.text.contains("30 dage"))
        #expect(messages.allSatisfy { !$0.to.contains("ib@testby.dk") })
    }

    @Test(.outsidePrograms) func aFailedSendIsReportedInDanishAndSentByTheNextRun() async throws {
        let post = try MailSink()
        try await prepare()
        let failed = try await remind(on: "2027-03-15", sendmail: "/bin/false")
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Ikke sendt til hanne: Posten kunne ikke sendes: /bin/false sluttede med kode 1"), "\(failed.stderr)")
        #expect(failed.stderr.contains("Kør tilbud paamind igen"))
        let retried = try await remind(on: "2027-03-15", sendmail: post.sendmail)
        #expect(retried.status == 0 && retried.stdout.contains("2 sendt"), "\(retried.stdout) \(retried.stderr)")
        #expect(try await post.messages().count == 2)
    }

    @Test(.outsidePrograms) func aReportFromTheSearchPageIsMailedToTheOwningCentresEditorsOnlyAndAtMostHourly() async throws {
        let post = try MailSink()
        try await prepare()
        let (server, base) = try ServerProcess.start(index: index.path, arguments: [
            "--catalog", catalog.path, "--tilstand", state.path, "--indstilling", "post.sendmail=\(post.sendmail)",
            "--indstilling", "post.fra=tilbudsguide@testby.dk", "--indstilling", "adresse=\(Self.site)"])
        defer { server.terminate(); server.waitUntilExit() }
        let form = try await Self.reportForm(base + "/meld-fejl/rygestop")
        #expect(form.page.contains("Sundhedscentret får besked"), "the page says who will see it")
        let sent = try await Self.post(base + "/meld-fejl/rygestop", cookie: form.cookie,
                                       fields: ["formular_token": form.token, "tekst": "Telefonnummeret er skiftet", "afsender": "Sara"])
        #expect(sent.status == 200 && sent.page.contains("Sundhedscentret får besked"), "\(sent.status)")
        var messages = try await post.messages()
        #expect(messages.map(\.envelope_to) == [["hanne@testby.dk"]])
        let mail = try #require(messages.first)
        #expect(mail.subject == "Tilbudsguiden: ny fejlmelding om Rygestopkursus")
        #expect(mail.links == ["\(Self.site)/redaktion/tilbud/rygestop#fejlmeldinger"])
        #expect(!mail.text.contains("Telefonnummeret er skiftet"), "the report's text stays behind the login")

        let again = try await Self.post(base + "/meld-fejl/rygestop", cookie: form.cookie,
                                        fields: ["formular_token": form.token, "tekst": "Og tiden er forkert", "afsender": ""])
        #expect(again.status == 200)
        let other = try await Self.post(base + "/meld-fejl/vennekreds", cookie: form.cookie,
                                        fields: ["formular_token": form.token, "tekst": "Mødes ikke mere om tirsdagen", "afsender": ""])
        #expect(other.status == 200 && other.page.contains("Ældrecentret får besked"))
        messages = try await post.messages()
        #expect(messages.map(\.envelope_to) == [["hanne@testby.dk"], ["ib@testby.dk"]], "one message an hour per offer")
    }

    /// The "Meld fejl" page with the cookie and token its form is bound to.
    static func reportForm(_ url: String) async throws -> (page: String, cookie: String, token: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        let page = String(decoding: data, as: UTF8.self)
        let setCookie = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Set-Cookie") ?? ""
        let cookie = String(setCookie.split(separator: ";").first ?? "")
        let token = try #require(page.range(of: #"name="formular_token" value="[^"]+""#, options: .regularExpression)
            .map { String(page[$0].dropFirst(#"name="formular_token" value=""#.count).dropLast()) })
        return (page, cookie, token)
    }

    static func post(_ url: String, cookie: String, fields: [String: String]) async throws -> (status: Int, page: String) {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue(cookie, forHTTPHeaderField: "Cookie")
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        request.httpBody = Data(fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&").utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }
}
