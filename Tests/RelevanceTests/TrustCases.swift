import OfferModel

/// Queries for issue 26 ("search staff can trust"), written from the municipality's notes
/// (`../shared/seeds/`) and the catalogue BEFORE any result of them was seen, and committed
/// before the ranking or the quality signal was changed (commit "Relevance: 58 new queries ...").
/// They are left as written; the figures (`RelevanceReport`) count every one of them.
///
/// Classes: the other languages in their own scripts, a GP's clinical wording, a relative's
/// words, a filter that changes the right answer, misspellings as typed on a phone, and needs
/// nothing in the catalogue covers. `demenskoordinator` and `asfaltturneringen` are offers the
/// notes describe (000) that were added with these queries.
enum TrustCases {
    static let all: [RelevanceCase] = english + arabic + turkish + urdu + clinical + relative + filters + phoneTypos + noFit

    static let english: [RelevanceCase] = [
        .init(kind: .language, language: "en", text: "my mother is 79, she only speaks Arabic and is lonely", top3: ["aktivitetscenteret-egely"]),
        .init(kind: .language, language: "en", text: "my husband has dementia and I am exhausted",
              anyTop3: ["pitstop-paaroerendetilbud", "demenscafe", "demenskoordinator"], never: ["jump4fun"]),
        .init(kind: .language, language: "en", text: "I want to stop smoking", top3: ["rygestopkursus"], never: ["moedregrupper"]),
        .init(kind: .language, language: "en", text: "home help for my elderly father", top3: ["hjemmehjaelp"], never: ["jump4fun"]),
        .init(kind: .language, language: "en", text: "support group after losing my wife", top3: ["sorg-og-livsmodsgrupper"], never: ["moedregrupper"]),
        .init(kind: .language, language: "en", text: "young person without a job or education", top3: ["ung-paa-vej"], never: ["plejehjem"]),
    ]

    static let arabic: [RelevanceCase] = [
        // "My mother is 79, speaks only Arabic and feels lonely."
        .init(kind: .language, language: "ar", text: "أمي عمرها 79 سنة وتتكلم العربية فقط وتشعر بالوحدة", top3: ["aktivitetscenteret-egely"]),
        // "My husband has dementia and I am very tired."
        .init(kind: .language, language: "ar", text: "زوجي مصاب بالخرف وأنا متعبة جدا",
              anyTop3: ["pitstop-paaroerendetilbud", "demenscafe", "demenskoordinator"], never: ["jump4fun"]),
        // "I need help with cleaning at home."
        .init(kind: .language, language: "ar", text: "أحتاج مساعدة في التنظيف في البيت", top3: ["hjemmehjaelp"], never: ["jump4fun"]),
        // "My son smokes hash and neither works nor studies."
        .init(kind: .language, language: "ar", text: "ابني يدخن الحشيش ولا يعمل ولا يدرس",
              anyTop3: ["ung-paa-vej", "noeffes-gadekoekken"], never: ["plejehjem"]),
        // "Diabetes."
        .init(kind: .language, language: "ar", text: "مرض السكري", top3: ["forloebsprogrammer"], never: ["jump4fun"]),
    ]

    static let turkish: [RelevanceCase] = [
        // "My 79-year-old mother speaks only Arabic and is lonely."
        .init(kind: .language, language: "tr", text: "79 yaşındaki annem sadece Arapça konuşuyor ve yalnız", top3: ["aktivitetscenteret-egely"]),
        // "My father forgets everything."
        .init(kind: .language, language: "tr", text: "babam her şeyi unutuyor", anyTop3: ["demenscafe", "demenskoordinator"], never: ["jump4fun"]),
        // "A problem with leaking urine."
        .init(kind: .language, language: "tr", text: "idrar kaçırma sorunu", top3: ["kontinensklinik"], never: ["jump4fun"]),
        // "My child is very overweight."
        .init(kind: .language, language: "tr", text: "çocuğum çok kilolu", top3: ["tip-tap-tynde"], never: ["plejehjem"]),
        // "My spouse died and I am very lonely."
        .init(kind: .language, language: "tr", text: "eşim öldü ve çok yalnızım", top3: ["sorg-og-livsmodsgrupper"], never: ["jump4fun"]),
    ]

    static let urdu: [RelevanceCase] = [
        // "My mother is 79, speaks only Arabic and is alone."
        .init(kind: .language, language: "ur", text: "میری ماں 79 سال کی ہے، صرف عربی بولتی ہے اور اکیلی ہے", top3: ["aktivitetscenteret-egely"]),
        // "I want to stop drinking alcohol."
        .init(kind: .language, language: "ur", text: "میں شراب پینا چھوڑنا چاہتا ہوں", top3: ["hjaelp-ved-alkoholmisbrug"], never: ["moedregrupper"]),
        // "Dental treatment for old people."
        .init(kind: .language, language: "ur", text: "بوڑھوں کے لیے دانتوں کا علاج", top3: ["omsorgstandpleje"], never: ["jump4fun"]),
        // "Difficulty breathing and lung disease."
        .init(kind: .language, language: "ur", text: "سانس لینے میں دشواری اور پھیپھڑوں کی بیماری", top3: ["telekol"], never: ["moedregrupper"]),
        // "A group for new mothers."
        .init(kind: .language, language: "ur", text: "نئی ماں کے لیے گروپ", top3: ["moedregrupper"], never: ["plejehjem"]),
    ]

    static let clinical: [RelevanceCase] = [
        .init(kind: .clinical, text: "KOL", anyTop3: ["telekol", "forloebsprogrammer"], never: ["moedregrupper"]),
        .init(kind: .clinical, text: "DM2 patientuddannelse", top3: ["forloebsprogrammer"], never: ["jump4fun"]),
        .init(kind: .clinical, text: "BMI over 30 barn", top3: ["tip-tap-tynde"], never: ["plejehjem"]),
        .init(kind: .clinical, text: "henvisning til rygestop", top3: ["rygestopkursus"], never: ["moedregrupper"]),
        .init(kind: .clinical, text: "urininkontinens ældre kvinde", top3: ["kontinensklinik"], never: ["jump4fun"]),
        .init(kind: .clinical, text: "demens opsporing hjemmebesøg", top3: ["demenskoordinator"], never: ["sammen-om-demens"]),
        .init(kind: .clinical, text: "genoptræningsplan efter indlæggelse", top3: ["genoptraening"], never: ["moedregrupper"]),
        .init(kind: .clinical, text: "type 2 diabetes nydiagnosticeret", top3: ["forloebsprogrammer"], never: ["jump4fun"]),
    ]

    static let relative: [RelevanceCase] = [
        .init(kind: .relative, text: "min mor på 79 taler kun arabisk og er ensom", top3: ["aktivitetscenteret-egely"], never: ["ung-paa-vej"]),
        .init(kind: .relative, text: "min far kan ikke huske noget og min mor kan ikke klare mere",
              anyTop3: ["demenscafe", "pitstop-paaroerendetilbud", "demenskoordinator"], never: ["jump4fun"]),
        .init(kind: .relative, text: "min søn på 22 har droppet ud og sidder bare derhjemme", top3: ["ung-paa-vej"], never: ["plejehjem"]),
        .init(kind: .relative, text: "min bror er psykisk syg og bor på Kløverengen, han vil gerne spille fodbold",
              anyTop3: ["asfaltturneringen", "motion-og-bevaegelse-paa-kloeverengen"], never: ["jump4fun"]),
        .init(kind: .relative, text: "min mand er død og jeg kan ikke finde ud af at være alene", top3: ["sorg-og-livsmodsgrupper"], never: ["moedregrupper"]),
        .init(kind: .relative, text: "mormor tisser lidt i bukserne når hun griner", top3: ["kontinensklinik"], never: ["jump4fun"]),
    ]

    static let filters: [RelevanceCase] = [
        .init(kind: .filterChange, text: "besøg i hjemmet", age: 85, first: "forebyggende-hjemmebesoeg", never: ["forebyggende-hjemmebesoeg-65-79-aar"]),
        .init(kind: .filterChange, text: "ensom", age: 70, top3: ["forebyggende-hjemmebesoeg-65-79-aar"], never: ["forebyggende-hjemmebesoeg"]),
        .init(kind: .filterChange, text: "ung uden uddannelse", age: 35, never: ["ung-paa-vej"]),
        .init(kind: .filterChange, text: "træning", centres: ["handicap-og-psykiatri"],
              anyTop3: ["traening-i-svoemmehallens-traeningscenter", "svoemning-handicap-og-psykiatri", "badminton-i-socialpsykiatrien"],
              never: ["genoptraening", "vedligeholdelsestraening"]),
        .init(kind: .filterChange, text: "pårørende", needs: ["demens"], anyTop3: ["demenscafe", "demenskoordinator"],
              never: ["sorg-og-livsmodsgrupper", "pitstop-paaroerendetilbud"]),
    ]

    static let phoneTypos: [RelevanceCase] = [
        .init(kind: .phoneTypo, text: "rygestpo", top3: ["rygestopkursus"]),
        .init(kind: .phoneTypo, text: "demnscafe", top3: ["demenscafe"]),
        .init(kind: .phoneTypo, text: "hjemmehjalp", top3: ["hjemmehjaelp"]),
        .init(kind: .phoneTypo, text: "ensomhef",
              anyTop3: ["march-mod-ensomhed", "boblberg", "spisecafeer", "amput-cafeen", "klippekortsordning", "aktivitetscenteret-egely"]),
        .init(kind: .phoneTypo, text: "kontinens klinik", top3: ["kontinensklinik"]),
        .init(kind: .phoneTypo, text: "sorggrupe", top3: ["sorg-og-livsmodsgrupper"]),
        .init(kind: .phoneTypo, text: "modregruppe", top3: ["moedregrupper"]),
        .init(kind: .phoneTypo, text: "omsorgstandplej", top3: ["omsorgstandpleje"]),
    ]

    static let noFit: [RelevanceCase] = [
        .init(kind: .noFit, text: "xqzvbt flurp"),
        .init(kind: .noFit, text: "boligstøtte ansøgning"),
        .init(kind: .noFit, text: "kørekort fornyelse"),
        .init(kind: .noFit, text: "børnehave plads"),
        .init(kind: .noFit, text: "barselsdagpenge"),
        .init(kind: .noFit, text: "vaccination mod influenza"),
        .init(kind: .noFit, text: "gældsrådgivning"),
        .init(kind: .noFit, text: "I need a new passport"),
        .init(kind: .noFit, text: "تأشيرة سفر"),
        .init(kind: .noFit, text: "pasaport yenileme"),
    ]
}
