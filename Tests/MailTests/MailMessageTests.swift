import Foundation
import Mail
import Testing

@Suite struct MailMessageTests {
    let message = MailMessage(from: MailAddress(name: "Tilbudsguiden", address: "tilbud@ishoj.dk"),
                              to: [MailAddress(name: "Søren Ærø", address: "soeren@ishoj.dk"), MailAddress(address: "anna@ishoj.dk")],
                              subject: "Påmindelse: 3 tilbud skal bekræftes – Stabsenhed for Sundhedsudvikling, Ishøj Kommune",
                              body: "Hej Søren\n\nLinket: https://tilbud.ishoj.dk/redaktion/tilbud/rygestopkursus\n" + String(repeating: "æ", count: 60),
                              date: Date(timeIntervalSince1970: 1_800_000_000), domain: "ishoj.dk")

    @Test func danishHeadersAreEncodedWordsThatDecodeBack() throws {
        let text = message.rendered
        let subject = try #require(header("Subject", in: text))
        #expect(subject.allSatisfy { $0.isASCII })
        #expect(decode(subject) == message.subject)
        let to = try #require(header("To", in: text))
        #expect(to.contains("<soeren@ishoj.dk>") && to.contains("anna@ishoj.dk"))
        #expect(decode(String(to.split(separator: "<")[0])).trimmingCharacters(in: .whitespaces) == "Søren Ærø")
        #expect(header("From", in: text) == "Tilbudsguiden <tilbud@ishoj.dk>")
    }

    @Test func everyLineIsShortAndASCIIWithAMessageIDAndADate() throws {
        let text = message.rendered
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.utf8.count <= 76, "\(line)")
            #expect(line.allSatisfy { $0.isASCII }, "\(line)")
        }
        #expect(try #require(header("Message-ID", in: text)).hasSuffix("@ishoj.dk>"))
        let date = try #require(header("Date", in: text))
        #expect(date.contains(" Jan 2027 ") && date.split(separator: " ").count == 6, "\(date)")
        #expect(text.contains("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"))
        #expect(text.contains("Hej S=C3=B8ren"))
    }

    /// The header's value with its folded lines joined.
    private func header(_ name: String, in text: String) -> String? {
        let head = text.components(separatedBy: "\n\n")[0].replacingOccurrences(of: "\n ", with: " ")
        return head.split(separator: "\n").first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) }
    }

    /// Joins RFC 2047 B-words (the only kind the project writes).
    private func decode(_ value: String) -> String {
        var bytes = Data()
        for word in value.split(separator: " ") where word.hasPrefix("=?UTF-8?B?") {
            bytes += Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) ?? Data()
        }
        return bytes.isEmpty ? value : String(decoding: bytes, as: UTF8.self)
    }
}

@Suite struct SendmailTests {
    let message = MailMessage(from: nil, to: [MailAddress(address: "a@ishoj.dk")], subject: "Prøve", body: "Hej", domain: "ishoj.dk")

    @Test func aProgramThatRefusesGivesADanishError() {
        #expect(throws: MailError.self) { try Sendmail(program: "/bin/false").send(message) }
        do { try Sendmail(program: "/bin/false").send(message) } catch {
            #expect(error.description.contains("sluttede med kode 1"))
        }
    }

    @Test func aMissingProgramSaysWhatToInstall() {
        do {
            try Sendmail(program: "/findes/ikke/sendmail").send(message)
            Issue.record("burde fejle")
        } catch {
            #expect(error.description.contains("msmtp-mta"))
        }
    }

    @Test func theMessageReachesTheProgramsStandardInputWithTheFlags() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sendmail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("sendmail").path
        try "#!/bin/sh\necho \"$@\" > \(folder.path)/flag\ncat > \(folder.path)/besked\n".write(toFile: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program)
        try Sendmail(program: program).send(message)
        #expect(try String(contentsOfFile: folder.path + "/flag", encoding: .utf8) == "-t -oi\n")
        #expect(try String(contentsOfFile: folder.path + "/besked", encoding: .utf8) == message.rendered)
    }
}
