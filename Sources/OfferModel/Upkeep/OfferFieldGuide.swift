/// The Danish label and help text of every field an editor fills in, as `catalog/README.md`
/// describes the catalogue format (a test keeps the help texts and the README's table alike).
///
/// Redaktionen's form shows these beside its fields, so an editor in the browser reads the same
/// rules as one editing YAML in git.
public struct OfferFieldGuide: Sendable, Hashable {
    /// The field's name in the catalogue file (`kontakt.telefon` for a nested one).
    public var field: String
    public var label: String
    /// The README's rule for the field, without its Markdown.
    public var help: String

    /// Every public field, in the order of `catalog/README.md`; nested fields after their parent's place.
    public static let all: [OfferFieldGuide] = [
        .init("navn", "Navn", "Tilbuddets navn, som borgerne kender det."),
        .init("kort", "Kort beskrivelse", "Hvad tilbuddet er, i klart sprog til borgeren: korte sætninger, hverdagsord, \"du\". Står på kort og borgerark. Kun fakta fra kilden."),
        .init("beskrivelse", "Beskrivelse", "Længere tekst, tro mod kilden."),
        .init("behov", "Behov", "Et eller flere id'er fra behov.yaml."),
        .init("alder.fra", "Alder fra", "Kun aldersgrænser, som kilden nævner; citér stedet i kilde. Uden alder står tilbuddet som \"uden angivet alder\" (ikke \"alle aldre\"). fra må ikke være større end til."),
        .init("alder.til", "Alder til", "Kun aldersgrænser, som kilden nævner; citér stedet i kilde. Uden alder står tilbuddet som \"uden angivet alder\" (ikke \"alle aldre\"). fra må ikke være større end til."),
        .init("center", "Center", "Et id fra centre.yaml: det center, der ejer tilbuddet og holder det ved lige."),
        .init("maalgruppe", "Målgruppe", "Hvem tilbuddet er for, med ord."),
        .init("adgang", "Adgang", "En eller flere af: egen-henvendelse, henvisning-fra-laege, visitation."),
        .init("henvisning", "Sådan kommer man i gang", "Hvordan man kommer ind i tilbuddet, med ord."),
        .init("kontakt.telefon", "Telefon", "Kun oplysninger fra kilden. Telefon: 8 cifre, skrives i par (43 57 70 00; +45 foran må stå; bindestreger og punktummer rettes). E-mail: kun selve adressen. Web: en almindelig adresse (ishoj.dk betyder https), kun http og https."),
        .init("kontakt.email", "E-mail", "Kun oplysninger fra kilden. Telefon: 8 cifre, skrives i par (43 57 70 00; +45 foran må stå; bindestreger og punktummer rettes). E-mail: kun selve adressen. Web: en almindelig adresse (ishoj.dk betyder https), kun http og https."),
        .init("kontakt.web", "Web", "Kun oplysninger fra kilden. Telefon: 8 cifre, skrives i par (43 57 70 00; +45 foran må stå; bindestreger og punktummer rettes). E-mail: kun selve adressen. Web: en almindelig adresse (ishoj.dk betyder https), kun http og https."),
        .init("sted.navn", "Sted", "Hvor tilbuddet foregår."),
        .init("sted.adresse", "Adresse", "Hvor tilbuddet foregår."),
        .init("tid", "Tid", "Hvornår og hvor længe."),
        .init("pris", "Pris", "Kun hvis kilden nævner prisen."),
        .init("sprog", "Sprog", "Kun hvis kilden nævner sproget."),
        .init("status", "Status", "aktiv, pause eller ophoert."),
        .init("sidst_verificeret", "Sidst verificeret",
              "Datoen (ÅÅÅÅ-MM-DD), hvor centret sidst har bekræftet oplysningerne. Udfyldes kun af den, der faktisk har tjekket med centret."),
        .init("ansvarlig", "Ansvarlig", "Den enhed, der sørger for, at oplysningerne er rigtige."),
        .init("soegeord", "Søgeord", "Ekstra ord, folk søger med – også bøjninger og hverdagsord. Her må du bruge dine egne ord."),
        .init("situationer", "Situationer",
              "Hverdagssituationer, hvor tilbuddet hjælper, med borgerens egne ord – én kort sætning pr. linje. Også her må du bruge dine egne ord."),
        .init("tilbudstype", "Tilbudstype",
              "Én af: kursus, hold, gruppe, individuel, hjemmebesoeg, behandling, aabent-tilbud, raadgivning, digitalt."),
        .init("kilde", "Kilde", "Hvor oplysningerne kommer fra: dokumentets filnavn og afsnittets overskrift."),
        .init("intern.note", "Intern note", "Kun til medarbejdere; vises aldrig offentligt. Her hører historik og administration hjemme (projektperioder, statusdatoer, udvalgsbeslutninger, budgetter, omtaler i medierne), ikke i de offentlige felter. Gør den tvivl om, at tilbuddet stadig findes, så start noten med \"Bekræft:\" – den vises på ejerens arbejdsliste."),
        .init("intern.telefon", "Internt telefonnummer", "Kun til medarbejdere; vises aldrig offentligt. Her hører historik og administration hjemme (projektperioder, statusdatoer, udvalgsbeslutninger, budgetter, omtaler i medierne), ikke i de offentlige felter. Gør den tvivl om, at tilbuddet stadig findes, så start noten med \"Bekræft:\" – den vises på ejerens arbejdsliste."),
    ]

    /// The guide of one field (nil for an unknown name).
    public static func of(_ field: String) -> OfferFieldGuide? { all.first { $0.field == field } }

    package init(_ field: String, _ label: String, _ help: String) {
        self.field = field
        self.label = label
        self.help = help
    }
}
