import OfferModel

/// Queries for hybrid search (issue 17), written from the municipality's documents
/// (`../shared/seeds/`) and the catalogue before any semantic result was seen: situations in
/// everyday Danish, misspellings, English, Arabic, Turkish and Urdu, broad words and no-fit.
/// `top2` holds the issue's own examples, which must come first or second.
enum SituationCases {
    static let all: [RelevanceCase] = situations + typos + languages + broad + noFit

    static let situations: [RelevanceCase] = [
        .init(kind: .situation, text: "far er begyndt at glemme ting", top2: ["demenscafe"], never: ["sammen-om-demens", "ung-paa-vej"]),
        .init(kind: .situation, text: "har brug for en til at gøre rent hos mig", top2: ["hjemmehjaelp"], never: ["jump4fun", "tip-tap-tynde"]),
        .init(kind: .situation, text: "tager mange forskellige piller", top2: ["hjemmesygepleje"], never: ["noeffes-gadekoekken", "jump4fun"]),
        .init(kind: .situation, text: "min mor kan ikke klare rengøring og indkøb mere", top3: ["hjemmehjaelp"], never: ["jump4fun", "moedregrupper"]),
        .init(kind: .situation, text: "han er faldet og skal i gang igen efter hospitalet", top3: ["genoptraening"], never: ["moedregrupper", "julefrokost-for-pensionister"]),
        .init(kind: .situation, text: "hun tisser i bukserne", top3: ["kontinensklinik"], never: ["tip-tap-tynde", "jump4fun"]),
        .init(kind: .situation, text: "sover dårligt og har det svært med nerverne", anyTop3: ["nada", "mindfulness"], never: ["pensionistsvoemning", "moedregrupper"]),
        .init(kind: .situation, text: "hans kone er død for nylig og han sidder alene", top3: ["sorg-og-livsmodsgrupper"], never: ["ung-paa-vej", "moedregrupper"]),
        .init(kind: .situation, text: "barnet er alt for tykt", top3: ["tip-tap-tynde"], never: ["plejehjem", "omsorgstandpleje"]),
        .init(kind: .situation, text: "har lige fået en baby og kender ingen", top3: ["moedregrupper"], never: ["plejehjem", "hjaelp-ved-alkoholmisbrug"]),
        .init(kind: .situation, text: "ryger 20 om dagen og vil gerne stoppe", top2: ["rygestopkursus"], never: ["moedregrupper"]),
        .init(kind: .situation, text: "hun passer sin demente mand og er helt udkørt", anyTop3: ["pitstop-paaroerendetilbud", "demenscafe"], never: ["sammen-om-demens", "jump4fun"]),
        .init(kind: .situation, text: "dårlige tænder og bor på plejehjem", top3: ["omsorgstandpleje"], never: ["jump4fun"]),
        .init(kind: .situation, text: "får ikke luft når han går op ad trapperne", top3: ["telekol"], never: ["moedregrupper", "julefrokost-for-pensionister"]),
        .init(kind: .situation, text: "har lige fået konstateret type 2 diabetes", top3: ["forloebsprogrammer"], never: ["moedregrupper"]),
        .init(kind: .situation, text: "drikker hver dag og kan ikke stoppe", top3: ["hjaelp-ved-alkoholmisbrug"], never: ["moedregrupper", "pensionistsvoemning"]),
        .init(kind: .situation, text: "ung der ryger hash og ikke kommer ud", anyTop3: ["noeffes-gadekoekken", "ung-paa-vej"], never: ["pensionistsvoemning", "plejehjem"]),
        .init(kind: .situation, text: "er ved at droppe ud af gymnasiet", top3: ["ung-paa-vej-studiegruppe"], never: ["plejehjem", "pensionistsvoemning"]),
        .init(kind: .situation, text: "ældre indvandrer der ikke taler dansk og sidder alene", top3: ["aktivitetscenteret-egely"], never: ["moedregrupper", "jump4fun"]),
        .init(kind: .situation, text: "vil gerne møde nye mennesker på nettet", top3: ["boblberg"], never: ["omsorgstandpleje"]),
        .init(kind: .situation, text: "trænger til at spise sammen med andre", top3: ["spisecafeer"], never: ["rygestopkursus"]),
        .init(kind: .situation, text: "psykisk syg og vil gerne dyrke motion",
              anyTop3: ["badminton-i-socialpsykiatrien", "hjemmevejledning", "svoemning-handicap-og-psykiatri",
                        "traening-i-svoemmehallens-traeningscenter", "motion-og-bevaegelse-paa-kloeverengen"],
              never: ["moedregrupper", "plejehjem"]),
        .init(kind: .situation, text: "kan ikke bo hjemme længere", anyTop3: ["plejehjem", "botilbud"], never: ["jump4fun", "moedregrupper"]),
        .init(kind: .situation, text: "børnene har huller i tænderne", top3: ["tandsundhed-i-saarbare-og-udsatte-familier"], never: ["plejehjem"]),
        .init(kind: .situation, text: "ensom enkemand", age: 70, anyTop3: ["forebyggende-hjemmebesoeg-65-79-aar", "sorg-og-livsmodsgrupper"],
              never: ["forebyggende-hjemmebesoeg", "ung-paa-vej"]),
    ]

    static let typos: [RelevanceCase] = [
        .init(kind: .typo, text: "demns", top3: ["demenscafe"], never: ["sammen-om-demens"]),
        .init(kind: .typo, text: "rygestopkurus", top2: ["rygestopkursus"]),
        .init(kind: .typo, text: "hjemmehjælb", top3: ["hjemmehjaelp"]),
        .init(kind: .typo, text: "inkontinnens", top3: ["kontinensklinik"]),
        .init(kind: .typo, text: "alkohool", top3: ["hjaelp-ved-alkoholmisbrug"]),
        .init(kind: .typo, text: "sygeplejske", top3: ["hjemmesygepleje"]),
        .init(kind: .typo, text: "genoptræening", top3: ["genoptraening"]),
        .init(kind: .typo, text: "mødregrubbe", top3: ["moedregrupper"]),
    ]

    static let languages: [RelevanceCase] = [
        .init(kind: .language, language: "en", text: "lonely after my wife died", top2: ["sorg-og-livsmodsgrupper"], never: ["ung-paa-vej-studiegruppe", "jump4fun"]),
        .init(kind: .language, language: "en", text: "help with smoking", top2: ["rygestopkursus"], never: ["tip-tap-tynde"]),
        .init(kind: .language, language: "en", text: "my father is forgetting things", top3: ["demenscafe"], never: ["sammen-om-demens", "jump4fun"]),
        .init(kind: .language, language: "en", text: "help with cleaning at home", top3: ["hjemmehjaelp"], never: ["jump4fun"]),
        .init(kind: .language, language: "en", text: "overweight child", top3: ["tip-tap-tynde"], never: ["plejehjem"]),
        .init(kind: .language, language: "en", text: "drinking too much alcohol", top3: ["hjaelp-ved-alkoholmisbrug"], never: ["moedregrupper"]),
        .init(kind: .language, language: "en", text: "bladder problems in old age", top3: ["kontinensklinik"], never: ["jump4fun"]),
        .init(kind: .language, language: "ar", text: "أريد الإقلاع عن التدخين", top3: ["rygestopkursus"], never: ["moedregrupper"]),
        .init(kind: .language, language: "ar", text: "أبي ينسى الأشياء كثيرا", top3: ["demenscafe"], never: ["sammen-om-demens"]),
        .init(kind: .language, language: "ar", text: "أشعر بالوحدة منذ وفاة زوجي", top3: ["sorg-og-livsmodsgrupper"], never: ["jump4fun"]),
        .init(kind: .language, language: "tr", text: "sigarayı bırakmak istiyorum", top3: ["rygestopkursus"], never: ["moedregrupper"]),
        .init(kind: .language, language: "tr", text: "yaşlılar için diş bakımı", top3: ["omsorgstandpleje"], never: ["jump4fun"]),
        .init(kind: .language, language: "tr", text: "annem evde temizlik yapamıyor", top3: ["hjemmehjaelp"], never: ["jump4fun"]),
        .init(kind: .language, language: "ur", text: "میں سگریٹ چھوڑنا چاہتا ہوں", top3: ["rygestopkursus"], never: ["moedregrupper"]),
        .init(kind: .language, language: "ur", text: "شوگر کی بیماری", top3: ["forloebsprogrammer"], never: ["jump4fun"]),
        .init(kind: .language, language: "ur", text: "بچے کا وزن بہت زیادہ ہے", top3: ["tip-tap-tynde"], never: ["plejehjem"]),
    ]

    static let broad: [RelevanceCase] = [
        .init(kind: .broad, text: "kursus", top2: ["rygestopkursus"], top3: ["mindfulness", "forloebsprogrammer"], never: ["plejehjem"]),
        .init(kind: .broad, text: "motion", anyTop3: ["det-gule-hus", "motion-og-bevaegelse-paa-kloeverengen", "pensionistsvoemning", "jump4fun",
                                                       "badminton-i-socialpsykiatrien", "nytaarsvandringen", "store-cykeldag", "aktivitetscenteret-egely"],
              never: ["plejehjem", "omsorgstandpleje"]),
        .init(kind: .broad, text: "træning", anyTop3: ["genoptraening", "vedligeholdelsestraening", "traening-i-svoemmehallens-traeningscenter"],
              never: ["julefrokost-for-pensionister"]),
        .init(kind: .broad, text: "gruppe", anyTop3: ["moedregrupper", "sorg-og-livsmodsgrupper", "ung-paa-vej-studiegruppe"], never: ["telekol"]),
        .init(kind: .broad, text: "børn", anyTop3: ["tip-tap-tynde", "jump4fun", "sundhedsplejen", "tandsundhed-i-saarbare-og-udsatte-familier", "moedregrupper"],
              never: ["plejehjem", "pensionistsvoemning"]),
        .init(kind: .broad, text: "pårørende", anyTop3: ["pitstop-paaroerendetilbud", "sorg-og-livsmodsgrupper", "demenscafe"], never: ["sammen-om-demens", "jump4fun"]),
    ]

    static let noFit: [RelevanceCase] = [
        .init(kind: .noFit, text: "hjælp til selvangivelsen"),
        .init(kind: .noFit, text: "skal have nyt skattekort"),
        .init(kind: .noFit, text: "vil gerne låne penge til en bil"),
        .init(kind: .noFit, text: "hundepasning i ferien"),
        .init(kind: .noFit, text: "renew my driving licence"),
        .init(kind: .noFit, text: "تجديد جواز السفر"),
        .init(kind: .noFit, text: "araba sigortası"),
    ]
}
