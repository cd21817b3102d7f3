/// What the offer form says beside each field, in the words of a centre's staff: what to write
/// and why, never the catalogue's file names or ids. (`OfferFieldGuide` keeps the catalogue
/// format's own rules, which `catalog/README.md` gives those who edit YAML in git.)
enum FormWording {
    static let help: [String: String] = [
        "navn": "Navnet, som borgerne kender tilbuddet under.",
        "kort": "Én sætning om, hvad tilbuddet er. Den står øverst i søgeresultatet.",
        "beskrivelse": "Det, en medarbejder skal vide for at fortælle en borger om tilbuddet. Skriv kun det, I ved er rigtigt.",
        "behov": "Hvad kan tilbuddet hjælpe med? Sæt flueben ved alt, der passer.",
        "alder.fra": "Kun hvis tilbuddet har en aldersgrænse. Lad feltet stå tomt, hvis alle kan deltage.",
        "alder.til": "Kun hvis tilbuddet har en øvre aldersgrænse.",
        "center": "Det center, der ejer tilbuddet og holder oplysningerne ved lige.",
        "maalgruppe": "Hvem tilbuddet er for, med almindelige ord.",
        "adgang": "Hvordan kommer en borger med? Sæt flueben ved alt, der gælder.",
        "henvisning": "Forklar med ord, hvordan man kommer i gang, fx hvem man ringer til, eller hvem der visiterer.",
        "kontakt.telefon": "Det nummer, borgere og medarbejdere skal ringe til. Skriv det, som du vil; det gemmes som 43 57 70 00.",
        "kontakt.email": "Kun selve adressen, fx sundhed@ishoj.dk.",
        "kontakt.web": "Adressen på en side om tilbuddet, fx ishoj.dk/sundhed.",
        "sted.navn": "Hvor tilbuddet foregår, fx navnet på huset.",
        "sted.adresse": "Vej og nummer.",
        "tid": "Hvornår og hvor længe, fx \"tirsdage kl. 10-12, 8 uger\".",
        "pris": "Kun hvis der er en pris eller egenbetaling. Er det gratis, så skriv det.",
        "sprog": "Kun hvis tilbuddet foregår på andre sprog end dansk (eller kun på dansk).",
        "status": "Aktiv: tilbuddet kører. Pause: midlertidigt stoppet. Ophørt: slut (det slettes ikke, så medarbejdere kan se, at det er slut).",
        "soegeord": "Ord, folk bruger, når de leder efter tilbuddet, også hverdagsord. Ét pr. linje.",
        "tilbudstype": "Hvilken slags tilbud det er.",
        "kilde": "Hvor oplysningerne kommer fra. Et filnavn som 000_…txt er et af kommunens egne notater. Når I har rettet og bekræftet tilbuddet, så skriv fx \"Bekræftet af centret\". Én pr. linje.",
        "ansvarlig": "Den enhed, der sørger for, at oplysningerne er rigtige, hvis det ikke er centret selv.",
        "sidst_verificeret": "Sættes af knappen \"Oplysningerne er stadig korrekte\". Ret kun datoen, hvis den er forkert.",
        "intern.note": "Kun til kommunens medarbejdere; vises aldrig for borgere. Fx hvad der skal afklares.",
        "intern.telefon": "Et nummer kun for kolleger; vises aldrig for borgere.",
    ]

    /// The upkeep warnings (`UpkeepTask`) as the form says them beside their field: what to do,
    /// not the catalogue's field names.
    static let warnings: [String: String] = [
        "adgang": "Der står ikke, hvordan man kommer med. Sæt flueben ved det, der gælder, eller skriv det under Sådan kommer man i gang.",
        "kontakt.telefon": "Der står ingen måde at kontakte tilbuddet på. Skriv mindst et telefonnummer, en e-mail eller en webadresse.",
    ]

    /// The fields folded away under "Til administratoren": where the facts come from and what
    /// only staff read.
    static let administrative = ["kilde", "ansvarlig", "sidst_verificeret", "intern.note", "intern.telefon"]
}
