/// The keys of `tilbud serve`, each documented in docs/indstillinger.md.
///
/// To add a key: one `static let` here and one line in `all`, and a row in
/// docs/indstillinger.md (a test checks that every key is there); read it where it is used with
/// `settings.text(.key)`, `.integer(.key)` or `.flag(.key)`.
extension Setting {
    public static let catalog = Setting("catalog", .text, default: "catalog",
                                        "Kataloget: en mappe (som catalog/) eller en JSON Lines-fil. Serveren læser det kun for at vise det i /healthz; søgningen bruger indekset.")
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

    // Keys that other parts will bring, kept out until the code that reads them exists (a key
    // that is accepted but does nothing would mislead whoever sets it). Suggested names:
    //   tilstand         mappen med konti og sessioner (standard .tilstand)
    //   login.header     navnet på en betroet header med brugeren fra single sign-on
    //   https            ja, når serveren står bag HTTPS (cookies med Secure)
    //   session.minutter minutter uden aktivitet, før en session udløber
    //   semantisk, semantisk.model   semantisk søgning til/fra og modellen (motoren)

    /// Every key, in the order docs and help list them.
    public static let all: [Setting] = [.catalog, .index, .host, .port, .cache, .logLevel, .logFormat]

    /// The key named `key`, if there is one.
    public static func named(_ key: String) -> Setting? {
        all.first { $0.key == key }
    }
}
