/// A small, valid catalogue written into a temporary folder; tests break one file at a time.
public struct CatalogFixture {
    public let folder: TemporaryFolder
    public var path: String { folder.path }

    public init() {
        folder = TemporaryFolder("katalog")
        folder.write("kommune.yaml", "id: testby\nnavn: Testby Kommune\nweb: testby.dk\n")
        folder.write("behov.yaml", """
        rygning:
          navn: Rygning og tobak
          beskrivelse: Hjælp til at holde op med at ryge.
        ensomhed-og-faellesskab:
          navn: Ensomhed og fællesskab
        kost-og-vaegt:
          navn: Kost og vægt

        """)
        folder.write("centre.yaml", """
        sundhedscenter:
          navn: Sundhedscentret
          kontakt:
            telefon: "11 22 33 44"
        aeldrecenter:
          navn: Ældrecentret

        """)
        folder.write("synonymer.yaml", """
        "holde op med at ryge": [rygestop]
        alene: [ensomhed]
        fedme: [overvægt]

        """)
        write("rygestop", Self.offer(name: "Rygestopkursus", summary: "Gratis kursus for rygere, der vil holde op.",
                                     needs: "[rygning]", centre: "sundhedscenter",
                                     extra: "beskrivelse: Rygestopkurser på apoteket i 6 uger.\nadgang: [egen-henvendelse]\nkontakt:\n  telefon: \"12 34 56 78\"\nsidst_verificeret: \"2026-10-01\""))
        write("vennekreds", Self.offer(name: "Vennekredsen", summary: "Fællesskab for ældre, der føler sig ensomme.",
                                       needs: "[ensomhed-og-faellesskab]", centre: "aeldrecenter",
                                       extra: "alder:\n  fra: 65\nbeskrivelse: Hyggeligt samvær mod ensomhed.\nadgang: [egen-henvendelse]\nkontakt:\n  email: venner@testby.dk\nsidst_verificeret: \"2026-10-01\""))
        write("boernevaegt", Self.offer(name: "Sund vægt for børn", summary: "Forløb for familier med børn med overvægt.",
                                        needs: "[kost-og-vaegt]", centre: "sundhedscenter",
                                        extra: "alder:\n  fra: 4\n  til: 12\nadgang: [henvisning-fra-laege]\nkontakt:\n  web: testby.dk/vaegt\nsidst_verificeret: \"2026-10-01\""))
    }

    /// Writes `tilbud/<id>.yaml`.
    public func write(_ id: String, _ text: String) {
        folder.write("tilbud/\(id).yaml", text)
    }

    /// A minimal offer file with the required fields.
    public static func offer(name: String, summary: String, needs: String, centre: String, status: String = "aktiv", extra: String = "") -> String {
        "navn: \(name)\nkort: \(summary)\nbehov: \(needs)\ncenter: \(centre)\nstatus: \(status)\n" + (extra.isEmpty ? "" : extra + "\n")
    }
}
