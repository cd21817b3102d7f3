import Foundation
import Settings
import Testing
import TestSupport

/// The settings of `tilbud serve`: where each value comes from, and every mistake stops the start.
@Suite struct SettingsTests {
    @Test func theCommandLineBeatsTheEnvironmentWhichBeatsTheFile() throws {
        let folder = TemporaryFolder("indstillinger")
        let file = folder.write("tilbudsguide.conf", """
        # Tilbudsguide
        port = 9001
        host = 0.0.0.0
        log.format = "json"

        """)
        let settings = try Settings.load(commandLine: [("port", "9003", "--port")],
                                         environment: ["TILBUDSGUIDE_PORT": "9002", "TILBUDSGUIDE_HOST": "10.0.0.1", "PATH": "/bin"],
                                         file: file)
        #expect(settings.integer(.port) == 9003)
        #expect(settings.text(.host) == "10.0.0.1")
        #expect(settings.choice(.logFormat) == "json")
        #expect(settings.text(.index) == "index", "a key nothing sets has its default")
        #expect(settings.integer(.cache) == 2000)
    }

    @Test func theFileCanBeNamedInTheEnvironment() throws {
        let folder = TemporaryFolder("indstillinger")
        let file = folder.write("a.conf", "cache = 0\nlog.niveau = debug\n")
        let settings = try Settings.load(commandLine: [], environment: [Settings.fileVariable: file], file: nil)
        #expect(settings.integer(.cache) == 0)
        #expect(settings.choice(.logLevel) == "debug")
    }

    @Test func everyMistakeIsNamedWithWhereItIs() throws {
        let folder = TemporaryFolder("indstillinger")
        let file = folder.write("forkert.conf", "port = 80 80\nprot = 8080\nbare tekst\nlog.format = xml\n")
        let error = #expect(throws: SettingsError.self) {
            try Settings.load(commandLine: [("portt", "1", "--indstilling portt=1"), ("cache", "-1", "--cache")],
                              environment: ["TILBUDSGUIDE_PORTT": "1", "TILBUDSGUIDE_LOG_NIVEAU": "snak"], file: file)
        }
        let text = try #require(error).description
        #expect(text.hasPrefix("Serveren starter ikke: 8 indstillinger er forkerte"), "\(text)")
        #expect(text.contains("forkert.conf, linje 1: port skal være et helt tal fra 0 til 65535, ikke \u{201C}80 80\u{201D}."))
        #expect(text.contains("forkert.conf, linje 2: \u{201C}prot\u{201D} er ikke en indstilling (indstillingerne er catalog, index"))
        #expect(text.contains("forkert.conf, linje 3: linjen skal have formen nøgle = værdi."))
        #expect(text.contains("forkert.conf, linje 4: log.format skal være tekst, json, ikke \u{201C}xml\u{201D}."))
        #expect(text.contains("--indstilling portt=1: \u{201C}portt\u{201D} er ikke en indstilling"))
        #expect(text.contains("--cache: cache skal være et helt tal fra 0 eller mere, ikke \u{201C}-1\u{201D}."))
        #expect(text.contains("miljøvariablen TILBUDSGUIDE_PORTT: den svarer ikke til nogen indstilling"))
        #expect(text.contains("miljøvariablen TILBUDSGUIDE_LOG_NIVEAU: log.niveau skal være trace, debug, info"))
    }

    @Test func aMissingFileStopsTheStart() {
        #expect(throws: SettingsError.self) {
            try Settings.load(commandLine: [], environment: [:], file: "/findes/ikke.conf")
        }
    }

    @Test func environmentNamesFollowTheKeys() {
        #expect(Setting.logLevel.environmentName == "TILBUDSGUIDE_LOG_NIVEAU")
        #expect(Setting.port.environmentName == "TILBUDSGUIDE_PORT")
        #expect(Set(Setting.all.map(\.key)).count == Setting.all.count)
        for setting in Setting.all { #expect(setting.problem(with: setting.defaultValue) == nil, "\(setting.key)") }
    }

    /// Links in mails and QR codes need the address people reach the site on; without one the
    /// server's own host and port are the best there is.
    @Test func thePublicAddressIsAWebAddressOrTheServersOwn() throws {
        let set = try Settings.load(commandLine: [("adresse", "https://tilbud.ishoj.dk/", "--indstilling adresse=https://tilbud.ishoj.dk/")],
                                    environment: [:], file: nil)
        #expect(set.publicAddress == "https://tilbud.ishoj.dk")
        let unset = try Settings.load(commandLine: [("port", "9005", "--port")], environment: [:], file: nil)
        #expect(unset.publicAddress == "http://127.0.0.1:9005")
        let error = #expect(throws: SettingsError.self) {
            try Settings.load(commandLine: [], environment: ["TILBUDSGUIDE_ADRESSE": "javascript:alert(1)"], file: nil)
        }
        #expect(try #require(error).description.contains("adresse skal være en adresse, der begynder med https:// eller http://"))
    }

    /// docs/indstillinger.md is where IT reads the keys: each one must be in its table.
    @Test func everyKeyIsDocumented() throws {
        let docs = try String(contentsOfFile: RepositoryPaths.root + "/docs/indstillinger.md", encoding: .utf8)
        for setting in Setting.all {
            #expect(docs.contains("| `\(setting.key)` |"), "\(setting.key) mangler i docs/indstillinger.md")
            #expect(docs.contains("`\(setting.environmentName)`"), "\(setting.environmentName) mangler i docs/indstillinger.md")
        }
    }
}
