import OfferModel

/// One thing the staff member asked for: a word or a synonym phrase, with every way the
/// index can match it.
struct QueryConcept {
    var words: [String]
    /// All terms the alternatives use, to tell which concepts a hit matched.
    var terms: Set<String> = []
    var query: XapianQuery?
    /// The word the spelling check put in place of an unknown word.
    var correction: String?
}

/// The text part of a search, planned against the live index.
struct QueryPlan {
    var concepts: [QueryConcept] = []
    var ignored: [String] = []
    var age: Int?
    /// The upper end when the text named a span of ages ("i 80'erne": 80 to 89), else nil.
    var ageTo: Int?
    var ageFromText = false
    var truncated = false
    /// The text as searched (cut to `SearchRequest.maxTextLength`).
    var text = ""
    var language = QueryLanguage.danish
    /// Words that are no word of any language the search knows (not in the index, the Danish
    /// dictionary or the English word list, and no foreign script): the query is gibberish
    /// when all its words are.
    var unknownEverywhere = 0
    var wordCount = 0

    /// Whether every word of the query is unknown everywhere ("xqzvbt flurp").
    var isGibberish: Bool { wordCount > 0 && unknownEverywhere == wordCount }

    /// The ages the filter admits.
    var ages: ClosedRange<Int>? { age.map { $0...max($0, ageTo ?? $0) } }

    /// "Mente du ...?": the text as typed with only the corrected words replaced.
    var suggestion: String? {
        let corrections = Dictionary(concepts.compactMap { concept in concept.correction.map { (concept.words.joined(separator: " "), $0) } },
                                     uniquingKeysWith: { a, _ in a })
        guard !corrections.isEmpty else { return nil }
        var result = "", at = text.utf8.startIndex
        WordScanner.forEachWord(in: text) { word, range in
            guard let corrected = corrections[word] else { return true }
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: range.lowerBound)
            result += String(decoding: text.utf8[at..<start], as: UTF8.self) + corrected
            at = text.utf8.index(text.utf8.startIndex, offsetBy: range.upperBound)
            return true
        }
        return result + String(decoding: text.utf8[at...], as: UTF8.self)
    }
}

/// Turns staff language into a Xapian query: stems, synonyms, compounds, æøå spelled
/// as aa/oe/ae, and spelling correction, each used only for words the index does not
/// know as typed, so good words are never rewritten.
struct QueryPlanner {
    let database: XapianDatabase
    let analyzer: TextAnalyzer
    let synonyms: SynonymMatcher
    let decompounder: Decompounder?
    let spelling: Bool

    func plan(_ request: SearchRequest) throws(IndexError) -> QueryPlan {
        var plan = QueryPlan(age: request.age)
        var text = request.text
        if text.count > SearchRequest.maxTextLength {
            text = String(text.prefix(SearchRequest.maxTextLength))
            plan.truncated = true
        }
        plan.text = text
        var words = analyzer.words(text)
        if words.count > SearchRequest.maxWords {
            words = Array(words.prefix(SearchRequest.maxWords))
            plan.truncated = true
        }
        guard request.expansion else {
            plan.concepts = try words.map { word throws(IndexError) in
                let term = analyzer.stem(word)
                return QueryConcept(words: [word], terms: [term], query: try .term(term))
            }
            return plan
        }
        plan.language = QueryLanguage.detect(words) { word in ((try? database.termFrequency(analyzer.stem(word))) ?? 0) > 0 }
        if let found = AgeInText.find(in: words) {
            words = found.remaining
            if plan.age == nil {
                plan.age = found.ages.lowerBound
                plan.ageTo = found.ages.count > 1 ? found.ages.upperBound : nil
                plan.ageFromText = true
            }
        }
        plan.wordCount = words.count
        let correcting = spelling && plan.language == .danish
        let stems = words.map(analyzer.stem)
        let common = { (word: String) in DanishStopwords.contains(word) || EverydayWords.contains(word) }
        let onlyCommon = words.allSatisfy(common)
        var index = 0
        while index < words.count {
            if let phrase = synonyms.match(stems, at: index) {
                let span = Array(words[index..<index + phrase.length])
                var concept = try concept(for: span, synonyms: phrase.targets, correcting: correcting)
                if concept.query == nil, phrase.length > 1 { concept = try self.concept(for: span, synonyms: [], correcting: correcting) }
                record(concept, into: &plan)
                index += phrase.length
                continue
            }
            let word = words[index]
            index += 1
            if common(word) && !onlyCommon { continue }
            record(try concept(for: [word], synonyms: [], correcting: correcting), into: &plan)
        }
        // Only a query the index matches nothing of can be gibberish: the dictionary is read then only.
        plan.unknownEverywhere = !plan.concepts.isEmpty ? 0 : words.filter { word in
            if common(word) || Int(word) != nil || ForeignWords.isPlainForeign(word) { return false }
            if ((try? database.termFrequency(analyzer.stem(word))) ?? 0) > 0 { return false }
            return DanishDictionary.shared.contains(word) == false
        }.count
        return plan
    }

    /// A concept the index cannot match is left out; it counts against coverage, and a Danish
    /// query lists it ("Ord uden match"); a query in another language does not (its words are
    /// not meant to match a Danish catalogue).
    private func record(_ concept: QueryConcept, into plan: inout QueryPlan) {
        if concept.query == nil {
            plan.ignored.append(concept.words.joined(separator: " "))
        } else {
            plan.concepts.append(concept)
        }
    }

    /// Every way to match words: as typed, via synonyms, with æøå, as a compound, or corrected.
    /// A corrected word is not corrected again: two words of the spelling data that are not in
    /// the index ("nybagt" and "nybagte", from synonyms) would otherwise correct each other forever.
    private func concept(for words: [String], synonyms targets: [[String]], correcting: Bool = true) throws(IndexError) -> QueryConcept {
        var concept = QueryConcept(words: words)
        var alternatives: [XapianQuery] = []
        let content = words.filter { !DanishStopwords.contains($0) }
        let own = try allKnown(content.map(analyzer.stem))
        if let own { alternatives.append(own.query); concept.terms.formUnion(own.terms) }
        for target in targets {
            if let match = try allKnown(target) { alternatives.append(match.query); concept.terms.formUnion(match.terms) }
        }
        if own == nil, words.count == 1 {
            let word = words[0]
            var variant = try knownVariant(of: word)
            if variant == nil { variant = try compound(word) }
            if let variant {
                alternatives.append(variant.query)
                concept.terms.formUnion(variant.terms)
            } else if alternatives.isEmpty, spelling, correcting, let corrected = try correction(of: word) {
                let stems = analyzer.words(corrected).map(analyzer.stem)
                let matcher = synonyms.match(stems, at: 0)
                var fixed = try self.concept(for: analyzer.words(corrected), synonyms: matcher?.length == stems.count ? matcher!.targets : [],
                                             correcting: false)
                fixed.words = words
                fixed.correction = corrected
                return fixed
            }
        }
        if !alternatives.isEmpty { concept.query = try .combine(.or, alternatives) }
        return concept
    }

    /// AND of the stems if every one is in the index.
    private func allKnown(_ stems: [String]) throws(IndexError) -> (query: XapianQuery, terms: Set<String>)? {
        guard !stems.isEmpty else { return nil }
        for stem in stems where try database.termFrequency(stem) == 0 { return nil }
        return (try .combine(.and, stems.map { stem throws(IndexError) in try .term(stem) }), Set(stems))
    }

    /// The word with aa/oe/ae read as å/ø/æ, if that spelling is in the index.
    private func knownVariant(of word: String) throws(IndexError) -> (query: XapianQuery, terms: Set<String>)? {
        let pairs = [("aa", "å"), ("oe", "ø"), ("ae", "æ")]
        guard pairs.contains(where: { word.contains($0.0) }) else { return nil }
        var variant = word
        for (ascii, letter) in pairs { variant = variant.replacingAll(ascii, with: letter) }
        return try allKnown([analyzer.stem(variant)])
    }

    /// A compound of known words: its leading parts required, its head word a bonus.
    private func compound(_ word: String) throws(IndexError) -> (query: XapianQuery, terms: Set<String>)? {
        guard let parts = decompounder?.split(word) else { return nil }
        let stems = parts.map(analyzer.stem)
        guard let leading = try allKnown(Array(stems.dropLast())) else { return nil }
        let head = stems.last!
        guard try database.termFrequency(head) > 0 else { return leading }
        return (try .combine(.andMaybe, [leading.query, try .term(head)]), leading.terms.union([head]))
    }

    /// A correction only for plausible typos: one edit in short words, two in long ones,
    /// and never a different first letter (people rarely mistype that, and `tandpine`
    /// must not become `vandpibe`).
    private func correction(of word: String) throws(IndexError) -> String? {
        guard word.count >= 4, !word.contains(where: \.isNumber), !ForeignWords.isPlainForeign(word) else { return nil }
        let suggestion = try database.spellingSuggestion(word, maxDistance: word.count >= 9 ? 2 : 1)
        guard !suggestion.isEmpty, suggestion != word, suggestion.first == word.first else { return nil }
        // Last, as it is the dearest: the dictionary takes 0.5-2 s to load the first time.
        guard DanishDictionary.shared.contains(word) != true else { return nil }
        return suggestion
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
