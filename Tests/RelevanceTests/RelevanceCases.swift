/// At least 40 queries as staff and GPs type them, against the bundled Ishøj catalogue.
enum RelevanceCases {
    static let all: [RelevanceCase] = [
        // Keywords: the offer's own words.
        .init(kind: .keyword, text: "rygestop", first: "rygestopkursus"),
        .init(kind: .keyword, text: "rygestopkursus", first: "rygestopkursus"),
        .init(kind: .keyword, text: "NADA", first: "nada"),
        .init(kind: .keyword, text: "mindfulness", first: "mindfulness"),
        .init(kind: .keyword, text: "Tip Tap Tynde", first: "tip-tap-tynde"),
        .init(kind: .keyword, text: "jump4fun", first: "jump4fun"),
        .init(kind: .keyword, text: "kontinensklinik", first: "kontinensklinik"),
        .init(kind: .keyword, text: "forebyggende hjemmebesøg", top3: ["forebyggende-hjemmebesoeg", "forebyggende-hjemmebesoeg-65-79-aar"]),
        .init(kind: .keyword, text: "Boblberg", first: "boblberg"),
        .init(kind: .keyword, text: "Nøffes Gadekøkken", first: "noeffes-gadekoekken"),
        .init(kind: .keyword, text: "klippekort", first: "klippekortsordning"),
        .init(kind: .keyword, text: "omsorgstandpleje", first: "omsorgstandpleje"),
        .init(kind: .keyword, text: "Det Gule Hus", first: "det-gule-hus"),
        .init(kind: .keyword, text: "badminton", first: "badminton-i-socialpsykiatrien"),
        .init(kind: .keyword, text: "Egely", first: "aktivitetscenteret-egely"),
        // Layman words and synonyms.
        .init(kind: .synonym, text: "sukkersyge", first: "forloebsprogrammer"),
        .init(kind: .synonym, text: "fedme hos børn", first: "tip-tap-tynde"),
        .init(kind: .synonym, text: "lungesygdom", top3: ["telekol"]),
        .init(kind: .synonym, text: "åndenød", top3: ["telekol"]),
        .init(kind: .layman, text: "vil holde op med at ryge", first: "rygestopkursus"),
        .init(kind: .layman, text: "kan ikke holde på vandet", first: "kontinensklinik"),
        .init(kind: .layman, text: "blæresvaghed", first: "kontinensklinik"),
        .init(kind: .layman, text: "glemsom", top3: ["demenscafe"]),
        .init(kind: .layman, text: "angst og uro", top3: ["nada"]),
        .init(kind: .layman, text: "drikker for meget", top3: ["hjaelp-ved-alkoholmisbrug"]),
        .init(kind: .layman, text: "har mistet sin kone", top3: ["sorg-og-livsmodsgrupper"]),
        .init(kind: .layman, text: "tænderne", top3: ["omsorgstandpleje"]),
        .init(kind: .layman, text: "nybagt mor", top3: ["moedregrupper"]),
        .init(kind: .layman, text: "ung uden job eller uddannelse", first: "ung-paa-vej"),
        .init(kind: .layman, text: "ensomme", top3: ["march-mod-ensomhed"]),
        // Typos and ASCII spellings.
        .init(kind: .typo, text: "ensomhd", top3: ["march-mod-ensomhed"]),
        .init(kind: .typo, text: "mindfullness", first: "mindfulness"),
        .init(kind: .typo, text: "øreakkupunktur", first: "nada"),
        .init(kind: .typo, text: "tiptaptynde", first: "tip-tap-tynde"),
        .init(kind: .typo, text: "hjemmebesoeg", top3: ["forebyggende-hjemmebesoeg"]),
        .init(kind: .typo, text: "rygestob", first: "rygestopkursus"),
        // Compounds both ways.
        .init(kind: .compound, text: "tandplejetilbud", first: "omsorgstandpleje"),
        .init(kind: .compound, text: "demenstilbud", top3: ["demenscafe"]),
        .init(kind: .compound, text: "svømmetræning", top3: ["traening-i-svoemmehallens-traeningscenter"]),
        // Age situations.
        .init(kind: .age, text: "82-årig enkemand der sidder meget alene", top3: ["forebyggende-hjemmebesoeg"], never: ["ung-paa-vej", "forebyggende-hjemmebesoeg-65-79-aar"]),
        .init(kind: .age, text: "hjemmebesøg", age: 70, first: "forebyggende-hjemmebesoeg-65-79-aar", never: ["forebyggende-hjemmebesoeg"]),
        .init(kind: .age, text: "hjemmebesøg", age: 80, first: "forebyggende-hjemmebesoeg", never: ["forebyggende-hjemmebesoeg-65-79-aar"]),
        .init(kind: .age, text: "25-årig uden uddannelse", first: "ung-paa-vej"),
        .init(kind: .age, text: "uddannelse", age: 45, never: ["ung-paa-vej"]),
        // Filters.
        .init(kind: .filter, text: "", needs: ["rygning"], first: "rygestopkursus"),
        .init(kind: .filter, text: "motion", centres: ["handicap-og-psykiatri"], top3: [], never: ["jump4fun", "store-cykeldag"]),
        .init(kind: .filter, text: "", needs: ["demens"], never: ["sammen-om-demens"]),
        .init(kind: .filter, text: "ensomhed", needs: ["sorg"], top3: ["sorg-og-livsmodsgrupper"]),
        // Nothing fits: must say so, not rank weak matches as answers.
        .init(kind: .noFit, text: "pas til udlandet"),
        .init(kind: .noFit, text: "akut tandpine"),
        .init(kind: .noFit, text: "parkeringstilladelse"),
        .init(kind: .noFit, text: "skilsmisse advokat"),
    ]
}
