import OfferModel

/// A free-text search answered by both sides: Xapian's lexical match and the nearest offers by
/// vector, under the same filters, fused into one ranking (`Fusion`).
///
/// `total` (`antal`) and the facet counts are the lexical matches together with the semantic
/// hits (`Fusion.hits`) that are not lexical matches; each offer counts once. The answer is
/// "god" when its first offer covers most of what was asked (as a lexical search) or is a
/// semantic hit of `Fusion.strongSimilarity`; otherwise "svag" ("Ingen gode match").
struct HybridRun {
    let search: SearchRun
    let plan: QueryPlan
    let filters: XapianQuery?
    let index: VectorIndex
    let vector: [Float]

    func run() throws(IndexError) -> SearchResult {
        let state = search.state, request = search.request
        let page = max(0, min(request.limit, SearchRequest.maxLimit))
        let offset = max(0, request.offset)
        let depth = min(SearchRequest.maxLimit + Fusion.depthMargin, offset + page + Fusion.depthMargin)
        let useLexical = request.ranking != .semantic
        let matches = try search.lexicalMatches(plan, filters, offset: 0, limit: useLexical ? depth : 0)
        let filter = VectorFilter(request: request, age: plan.age, needCodes: state.needCodes, centreCodes: state.centreCodes)
        let semantic = Fusion.hits(index.nearest(vector, filter: filter, limit: max(depth, Fusion.hitLimit)))

        var candidates: [UInt32: Fusion.Candidate] = [:]
        var terms: [UInt32: Set<String>] = [:]
        let store = try state.store(for: matches)
        if useLexical {
            for rank in 0..<matches.count {
                let docid = matches.docid(rank)
                let matched = Set(matches.matchingTerms(rank))
                terms[docid] = matched
                candidates[docid] = Fusion.Candidate(docid: docid, lexicalRank: rank, coverage: search.coverage(plan, matched))
            }
        }
        for match in semantic { candidates[match.docid, default: Fusion.Candidate(docid: match.docid)].similarity = match.similarity }

        // Semantic hits that are lexical matches further down than the ones fetched count once.
        var semanticOnly = semantic.map(\.docid).filter { candidates[$0]?.lexicalRank == nil }
        let lexicalTotal = useLexical ? matches.total : 0
        if lexicalTotal > matches.count, !semanticOnly.isEmpty {
            let alsoLexical = try lexicalMembers(semanticOnly, store: store)
            semanticOnly.removeAll { alsoLexical.contains($0) }
        }
        var needCounts = useLexical ? search.counts(matches.facet(0), state.needCodes) : [:]
        var centreCounts = useLexical ? search.counts(matches.facet(1), state.centreCodes) : [:]
        var accessCounts = useLexical ? search.counts(matches.facet(2), IndexSchema.accessCodes) : [:]
        for docid in semanticOnly {
            guard let codes = index.codes(docid: docid) else { continue }
            for code in Set(codes.needs) where Int(code) < state.needCodes.count { needCounts[state.needCodes[Int(code)], default: 0] += 1 }
            if Int(codes.centre) < state.centreCodes.count { centreCounts[state.centreCodes[Int(codes.centre)], default: 0] += 1 }
            // The vector records hold no access codes; the few semantic-only hits are read whole.
            let access = try store.offer(docid: docid).access
            for key in access.isEmpty ? [IndexSchema.noAccess] : Set(access).map(\.rawValue) { accessCounts[key, default: 0] += 1 }
        }

        let ranked = Fusion.rank(Array(candidates.values), ranking: request.ranking)
        var hits: [SearchHit] = []
        for candidate in ranked.dropFirst(offset).prefix(page) {
            let offer = try store.offer(docid: candidate.docid)
            let matched = terms[candidate.docid] ?? []
            hits.append(SearchHit(offer: offer, weight: candidate.score, coverage: candidate.lexicalRank == nil ? 0 : candidate.coverage,
                                  snippet: search.snippet(of: offer, matching: matched), similarity: candidate.similarity))
        }
        let total = lexicalTotal + semanticOnly.count
        var result = SearchResult(
            text: request.text, age: plan.age, ageFromText: plan.ageFromText, total: total, hits: hits,
            needCounts: needCounts, centreCounts: centreCounts, suggestion: plan.suggestion, ignoredWords: plan.ignored,
            quality: quality(total: total, best: ranked.first), truncated: plan.truncated,
            needs: state.vocabulary.needs, centres: state.vocabulary.centres)
        result.semanticUsed = true
        result.accessCounts = accessCounts
        result.municipality = state.vocabulary.municipality
        return result
    }

    /// Which of docids the lexical query matches (under the same filters): one more search,
    /// restricted to those offers by their id terms.
    private func lexicalMembers(_ docids: [UInt32], store: OfferStoreReader) throws(IndexError) -> Set<UInt32> {
        guard let query = try search.lexicalQuery(plan) else { return [] }
        var ids: [XapianQuery] = []
        for docid in docids { ids.append(try .term(IndexSchema.Prefix.id + (try store.offer(docid: docid)).id)) }
        let members = try search.match(try .combine(.filter, [query.all, try .combine(.or, ids)]), filters, offset: 0, limit: docids.count)
        var found = Set((0..<members.count).map { members.docid($0) })
        if members.total == 0, let any = query.any {
            let fallback = try search.match(try .combine(.filter, [any, try .combine(.or, ids)]), filters, offset: 0, limit: docids.count)
            found = Set((0..<fallback.count).map { fallback.docid($0) })
        }
        return found
    }

    private func quality(total: Int, best: Fusion.Candidate?) -> MatchQuality {
        guard total > 0, let best else { return .none }
        let lexicallyGood = best.lexicalRank != nil && best.coverage >= 0.6
        let semanticallyStrong = (best.similarity ?? 0) >= Fusion.strongSimilarity
        return lexicallyGood || semanticallyStrong ? .good : .weak
    }
}
