import OfferModel

/// One search against one opened generation: plan, filter, match, count, decorate.
struct SearchRun {
    let state: SearcherState
    let request: SearchRequest

    func run() throws(IndexError) -> SearchResult {
        let plan = try state.planner.plan(request)
        let filters = try filterQuery(age: plan.age)
        let wordsGiven = !plan.concepts.isEmpty || !plan.ignored.isEmpty
        var matches: XapianMatches
        if plan.concepts.isEmpty {
            matches = try match(wordsGiven ? try .matchNothing() : try .matchAll(), filters)
        } else {
            let parts = plan.concepts.compactMap(\.query)
            let allWords = !request.expansion ? request.allWords : true
            matches = try match(try boosted(.combine(allWords ? .and : .or, parts), age: plan.age), filters)
            if request.expansion, matches.total == 0, parts.count > 1 {
                matches = try match(try boosted(.combine(.or, parts), age: plan.age), filters)
            }
        }
        var hits: [SearchHit] = []
        // Without expansion every query term that occurs in a text matched it, so the
        // query's own terms mark the snippet and no per-hit term walk is needed.
        let queryTerms = plan.concepts.reduce(into: Set<String>()) { $0.formUnion($1.terms) }
        let store = try state.store(for: matches)
        for index in 0..<matches.count {
            let offer = try store.offer(docid: matches.docid(index))
            let terms = request.expansion ? Set(matches.matchingTerms(index)) : queryTerms
            let covered = plan.concepts.filter { !$0.terms.isDisjoint(with: terms) }.count
            let asked = plan.concepts.count + plan.ignored.count
            let text = offer.description.isEmpty ? offer.summary : offer.description
            hits.append(SearchHit(offer: offer, weight: matches.weight(index),
                                  coverage: asked == 0 ? 1 : Double(covered) / Double(asked),
                                  snippet: state.snippets.snippet(of: text, matching: terms)))
        }
        return SearchResult(
            text: request.text, age: plan.age, ageFromText: plan.ageFromText, total: matches.total, hits: hits,
            needCounts: counts(matches.facet(0), state.needCodes), centreCounts: counts(matches.facet(1), state.centreCodes),
            suggestion: plan.suggestion, ignoredWords: plan.ignored,
            quality: quality(total: matches.total, plan: plan, best: hits.first), truncated: plan.truncated,
            needs: state.vocabulary.needs, centres: state.vocabulary.centres)
    }

    private func match(_ query: XapianQuery, _ filters: XapianQuery?) throws(IndexError) -> XapianMatches {
        var full = query
        if let filters { full = try .combine(.filter, [query, filters]) }
        full = try .combine(.andNot, [full, try .term(IndexSchema.Prefix.status + OfferStatus.ended.rawValue)])
        let limit = max(0, min(request.limit, SearchRequest.maxLimit))
        return try state.database.search(full, offset: max(0, request.offset), limit: limit,
                                         checkAtLeast: Int(UInt32.max),
                                         facetSlots: [IndexSchema.Slot.needCodes, IndexSchema.Slot.centreCode],
                                         matchingTermsFor: request.expansion ? limit : 0)
    }

    /// With a known age, offers aimed at that age band rank above offers for all ages.
    private func boosted(_ query: XapianQuery, age: Int?) throws(IndexError) -> XapianQuery {
        guard request.expansion, let age else { return query }
        return try .combine(.andMaybe, [query, try .term(IndexSchema.ageBand(age))])
    }

    /// AND of the filters (each an OR of its values), or nil when none are set.
    private func filterQuery(age: Int?) throws(IndexError) -> XapianQuery? {
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
        if let age {
            filters.append(try .age(age, in: state.database))
        }
        return filters.isEmpty ? nil : try .combine(.and, filters)
    }

    private func counts(_ raw: [UInt32], _ codes: [String]) -> [String: Int] {
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
