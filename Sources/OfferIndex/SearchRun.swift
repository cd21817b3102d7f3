import OfferModel

/// One search against one opened generation: plan, filter, match, count, decorate.
struct SearchRun {
    let state: SearcherState
    let request: SearchRequest
    /// The query's embedding; the semantic side runs when it is given, the text is not empty,
    /// and the index has vectors of the same model.
    var vector: QueryVector? = nil

    func run() throws(IndexError) -> SearchResult {
        let plan = try state.planner.plan(request)
        if plan.isGibberish { return nothing(plan) }
        let filters = try filterQuery(ages: plan.ages)
        let wordsGiven = !plan.concepts.isEmpty || !plan.ignored.isEmpty
        if wordsGiven, request.ranking != .lexical, let vector, let index = state.vectors, vector.model == state.vectorModel {
            return try HybridRun(search: self, plan: plan, filters: filters, index: index, vector: vector.values).run()
        }
        let limit = max(0, min(request.limit, SearchRequest.maxLimit))
        let matches = try lexicalMatches(plan, filters, offset: max(0, request.offset), limit: limit)
        var hits: [SearchHit] = []
        // Without expansion every query term that occurs in a text matched it, so the
        // query's own terms mark the snippet and no per-hit term walk is needed.
        let queryTerms = plan.concepts.reduce(into: Set<String>()) { $0.formUnion($1.terms) }
        let store = try state.store(for: matches)
        for index in 0..<matches.count {
            let offer = try store.offer(docid: matches.docid(index))
            let terms = request.expansion ? Set(matches.matchingTerms(index)) : queryTerms
            hits.append(SearchHit(offer: offer, weight: matches.weight(index), coverage: coverage(plan, terms),
                                  snippet: snippet(of: offer, matching: terms)))
        }
        let quality = quality(total: matches.total, plan: plan, best: hits.first)
        var result = result(plan, total: matches.total, hits: hits, needCounts: counts(matches.facet(0), state.needCodes),
                            centreCounts: counts(matches.facet(1), state.centreCodes), quality: quality)
        result.accessCounts = counts(matches.facet(2), IndexSchema.accessCodes)
        return result
    }

    /// The answer with what the plan says about the query: its age, language, unmatched words
    /// (only for a Danish query) and "Mente du" (only when the answer is not good without it).
    func result(_ plan: QueryPlan, total: Int, hits: [SearchHit], needCounts: [String: Int], centreCounts: [String: Int],
                quality: MatchQuality, correctionHelped: Bool = true) -> SearchResult {
        var result = SearchResult(
            text: request.text, age: plan.age, ageFromText: plan.ageFromText, total: total, hits: hits,
            needCounts: needCounts, centreCounts: centreCounts,
            suggestion: correctionHelped ? plan.suggestion : nil, ignoredWords: plan.language == .danish ? plan.ignored : [],
            quality: quality, truncated: plan.truncated, needs: state.vocabulary.needs, centres: state.vocabulary.centres)
        result.ageTo = plan.ageTo
        result.language = plan.language
        result.municipality = state.vocabulary.municipality
        return result
    }

    /// Gibberish ("xqzvbt flurp") finds nothing and says so, whatever the model finds near it.
    func nothing(_ plan: QueryPlan) -> SearchResult {
        result(plan, total: 0, hits: [], needCounts: [:], centreCounts: [:], quality: .none)
    }

    /// Share of what was asked (concepts and words the index does not know) that terms cover.
    func coverage(_ plan: QueryPlan, _ terms: Set<String>) -> Double {
        let covered = plan.concepts.filter { !$0.terms.isDisjoint(with: terms) }.count
        let asked = plan.concepts.count + plan.ignored.count
        return asked == 0 ? 1 : Double(covered) / Double(asked)
    }

    func snippet(of offer: Offer, matching terms: Set<String>) -> [SnippetPart] {
        state.snippet(of: offer, matching: terms)
    }

    /// The lexical side: every concept (AND; with expansion, OR when AND finds nothing).
    func lexicalMatches(_ plan: QueryPlan, _ filters: XapianQuery?, offset: Int, limit: Int) throws(IndexError) -> XapianMatches {
        try lexicalMatchesAndMode(plan, filters, offset: offset, limit: limit).matches
    }

    /// The lexical side, and whether its matches match every concept (false after the OR fallback).
    func lexicalMatchesAndMode(_ plan: QueryPlan, _ filters: XapianQuery?, offset: Int,
                               limit: Int) throws(IndexError) -> (matches: XapianMatches, allWords: Bool) {
        let wordsGiven = !plan.concepts.isEmpty || !plan.ignored.isEmpty
        guard let query = try lexicalQuery(plan) else {
            return (try match(wordsGiven ? try .matchNothing() : try .matchAll(), filters, offset: offset, limit: limit), true)
        }
        let matches = try match(query.all, filters, offset: offset, limit: limit)
        if let any = query.any, matches.total == 0 { return (try match(any, filters, offset: offset, limit: limit), false) }
        return (matches, true)
    }

    /// The query of the concepts (all of them; and any of them, as the fallback), nil without concepts.
    func lexicalQuery(_ plan: QueryPlan) throws(IndexError) -> (all: XapianQuery, any: XapianQuery?)? {
        guard !plan.concepts.isEmpty else { return nil }
        let parts = plan.concepts.compactMap(\.query)
        let allWords = !request.expansion ? request.allWords : true
        let all = try boosted(.combine(allWords ? .and : .or, parts), age: plan.age)
        let any = request.expansion && parts.count > 1 ? try boosted(.combine(.or, parts), age: plan.age) : nil
        return (all, any)
    }

    /// query under the filters and without ended offers.
    func restricted(_ query: XapianQuery, _ filters: XapianQuery?) throws(IndexError) -> XapianQuery {
        var full = query
        if let filters { full = try .combine(.filter, [query, filters]) }
        return try .combine(.andNot, [full, try .term(IndexSchema.Prefix.status + OfferStatus.ended.rawValue)])
    }

    func match(_ query: XapianQuery, _ filters: XapianQuery?, offset: Int, limit: Int) throws(IndexError) -> XapianMatches {
        let full = try restricted(query, filters)
        return try state.database.search(full, offset: offset, limit: limit,
                                         checkAtLeast: Int(UInt32.max),
                                         facetSlots: [IndexSchema.Slot.needCodes, IndexSchema.Slot.centreCode, IndexSchema.Slot.accessCodes],
                                         matchingTermsFor: request.expansion ? limit : 0)
    }

    /// With a known age, offers aimed at that age band rank above offers for all ages.
    func boosted(_ query: XapianQuery, age: Int?) throws(IndexError) -> XapianQuery {
        guard request.expansion, let age else { return query }
        return try .combine(.andMaybe, [query, try .term(IndexSchema.ageBand(age))])
    }

    /// AND of the filters (each an OR of its values), or nil when none are set. An offer passes
    /// the age filter when its age range includes one of `ages`.
    func filterQuery(ages: ClosedRange<Int>?) throws(IndexError) -> XapianQuery? {
        var filters: [XapianQuery] = []
        func anyOf(_ prefix: String, _ values: [String]) throws(IndexError) {
            let terms = values.filter { !$0.isEmpty }
            guard !terms.isEmpty else { return }
            filters.append(try .combine(.or, terms.map { value throws(IndexError) in try .term(prefix + value) }))
        }
        try anyOf(IndexSchema.Prefix.need, request.needs)
        try anyOf(IndexSchema.Prefix.centre, request.centres)
        try anyOf(IndexSchema.Prefix.access, request.access.map(\.rawValue))
        try anyOf(IndexSchema.Prefix.municipality, request.municipality.map { [$0] } ?? [])
        if let ages {
            var each: [XapianQuery] = []
            for age in ages { each.append(try .age(age, in: state.database)) }
            filters.append(each.count == 1 ? each[0] : try .combine(.or, each))
        }
        return filters.isEmpty ? nil : try .combine(.and, filters)
    }

    func counts(_ raw: [UInt32], _ codes: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (code, count) in raw.enumerated() where count > 0 && code < codes.count {
            result[codes[code], default: 0] += Int(count)
        }
        return result
    }

    /// Good when the best hit covers most of what was asked; weak when it covers little.
    private func quality(total: Int, plan: QueryPlan, best: SearchHit?) -> MatchQuality {
        guard total > 0 else { return .none }
        guard request.expansion, let best else { return .good }
        return best.coverage >= 0.6 ? .good : .weak
    }
}
