/// The contract for `tilbud.json`: a JSON Schema (draft 2020-12) written beside every export.
///
/// It is spelled out by hand rather than derived from `SundhedDKRow`, so that a change to the
/// export that breaks the contract fails the schema tests instead of silently changing the schema.
public enum SundhedDKSchema {
    static var document: JSONSchema {
        let text = { (description: String) in JSONSchema.text(description, minLength: 1) }
        let offer = JSONSchema.object("Ét offentligt tilbud (status aktiv eller pause), som sundhed.dk viser det.", [
            "id": .text("Tilbuddets id i kommunens katalog.", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"),
            "navn": text("Tilbuddets navn."),
            "formaal": text("Formålet: én linje om, hvad tilbuddet er."),
            "maalgruppe": text("Hvem tilbuddet er for."),
            "alder_fra": .integer("Laveste alder i hele år.", in: 0...130),
            "alder_til": .integer("Højeste alder i hele år.", in: 0...130),
            "indhold": text("Hvad tilbuddet indeholder."),
            "varighed_tid": text("Hvornår og hvor længe."),
            "pris": text("Prisen, som kilden oplyser den."),
            "tilmelding_og_henvisning": text("Adgangsveje og hvordan man kommer i gang."),
            "telefon": .text("Telefonnummer: cifre, mellemrum og +.", minLength: 1, pattern: "^[0-9 +]+$"),
            "email": .text("E-mailadresse.", minLength: 3, format: "email"),
            "web": text("Webadresse."),
            "sted": text("Stedets navn."),
            "adresse": text("Stedets adresse."),
            "kommune": text("Kommunens navn."),
            "udbyder": text("Centret, der ejer tilbuddet."),
            "sundhedsomraade": .list("Sundhedsområder/behov (navne).", of: text("Et behov.")),
            "tilbudstype": text("Tilbudstypen med ord."),
            "sprog": .list("Sprog, tilbuddet gives på.", of: text("Et sprog.")),
            "status": {
                var status = JSONSchema.text("aktiv eller pause; ophørte tilbud eksporteres ikke.")
                status.enumeration = ["aktiv", "pause"]
                return status
            }(),
            "sidst_verificeret": .text("Dato for seneste bekræftelse fra centret.", format: "date",
                                       pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
        ], required: ["id", "navn", "formaal", "sundhedsomraade", "status"])

        var schema = JSONSchema.object("Kommunens offentlige sundhedstilbud til sundhed.dk, eksporteret af Tilbudsguide.", [
            "eksporteret": .text("Eksportdatoen.", format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
            "kommune": JSONSchema.text("Kommunens navn (tom, hvis kataloget ikke har en kommune.yaml)."),
            "antal": .integer("Antal tilbud i filen.", in: 0...1_000_000),
            "tilbud": .list("Tilbuddene, sorteret efter id.", of: offer),
        ], required: ["eksporteret", "kommune", "antal", "tilbud"])
        schema.schema = "https://json-schema.org/draft/2020-12/schema"
        schema.title = "Tilbudsguide: eksport til sundhed.dk (tilbud.json)"
        return schema
    }
}
