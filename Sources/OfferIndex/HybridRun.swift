import OfferModel

/// A free-text search answered by both sides: Xapian's lexical match and the nearest offers by
/// vector, under the same filters, fused into one ranking (`Fusion`).
///
/// Only plausible answers are kept: offers that match every word asked, and offers whose
/// evidence is not far below the best offer's (`Fusion.plausibleShare`). `total` (`antal`) and the facet counts are those offers; each
/// counts once. With an age, offers whose stated age range includes it come before offers that
/// state no age. `QualitySignal` judges the answer from the best offer's evidence.
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
        let lexical = try search.lexicalMatchesAndMode(plan, filters, offset: 0, limit: useLexical ? depth : 0)
        let matches = lexical.matches
        let filter = VectorFilter(request: request, ages: plan.ages, needCodes: state.needCodes, centreCodes: state.centreCodes)
        let nearest = index.nearest(vector, filter: filter, limit: max(depth, Fusion.hitLimit, QualitySignal.gapRank + 1))
        let semantic = Fusion.hits(nearest)

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

        let weight = Fusion.lexicalWeight(for: plan.language)
        var ranked = Fusion.rank(Array(candidates.values), ranking: request.ranking, lexicalWeight: weight)
        let bestSimilarity = semantic.first?.similarity ?? 0
        let bestEvidence = ranked.map { Fusion.evidence($0, best: bestSimilarity, lexicalWeight: weight) }.max() ?? 0
        // An offer that matches every word asked is always plausible; any other must not be far below the best.
        ranked.removeAll { candidate in
            !(lexical.allWords && candidate.lexicalRank != nil)
                && Fusion.evidence(candidate, best: bestSimilarity, lexicalWeight: weight) < Fusion.plausibleShare * bestEvidence
        }
        if plan.ages != nil { ranked = statedAgesFirst(ranked) }

        let counted = try count(ranked, matches: matches, allWords: lexical.allWords, store: store)
        var hits: [SearchHit] = []
        for candidate in ranked.dropFirst(offset).prefix(page) {
            let offer = try store.offer(docid: candidate.docid)
            let matched = terms[candidate.docid] ?? []
            hits.append(SearchHit(offer: offer, weight: candidate.score, coverage: candidate.lexicalRank == nil ? 0 : candidate.coverage,
                                  snippet: search.snippet(of: offer, matching: matched), similarity: candidate.similarity))
        }
        var evidence = QualityEvidence()
        evidence.plausible = counted.total
        evidence.language = plan.language
        evidence.bestSimilarity = nearest.first?.similarity
        if nearest.count > QualitySignal.gapRank { evidence.gap = nearest[0].similarity - nearest[QualitySignal.gapRank].similarity }
        if let best = ranked.first {
            evidence.lexical = best.lexicalRank != nil
            evidence.coverage = best.lexicalRank == nil ? 0 : best.coverage
            evidence.similarity = best.similarity
            evidence.agreement = best.lexicalRank != nil && nearest.prefix(3).contains { $0.docid == best.docid }
        }
        let quality = QualitySignal.judge(evidence)
        // "Mente du" only when a corrected word is what the best offer matched.
        let correctedTerms = plan.concepts.filter { $0.correction != nil }.reduce(into: Set<String>()) { $0.formUnion($1.terms) }
        let correctionHelped = ranked.first.map { !(terms[$0.docid] ?? []).isDisjoint(with: correctedTerms) } ?? false
        var result = search.result(plan, total: counted.total, hits: hits, needCounts: counted.needs, centreCounts: counted.centres,
                                   quality: quality, correctionHelped: correctionHelped || quality != .good)
        result.semanticUsed = true
        result.accessCounts = counted.access
        result.evidence = evidence
        return result
    }

    /// Offers whose stated age range includes the asked age first, then those that state none,
    /// each group in the fused order.
    private func statedAgesFirst(_ ranked: [Fusion.Candidate]) -> [Fusion.Candidate] {
        let open = UInt16(IndexSchema.openAgeLow)...UInt16(IndexSchema.openAgeHigh)
        let stated = ranked.filter { index.codes(docid: $0.docid).map { $0.ages != open } ?? false }
        let statedIDs = Set(stated.map(\.docid))
        return stated + ranked.filter { !statedIDs.contains($0.docid) }
    }

    /// The plausible offers' number and facet counts. When every lexical match fetched is
    /// plausible and the words matched all together, every further match of the words is as
    /// plausible, so Xapian's exact count and facets stand for the lexical side; otherwise the
    /// offers in `ranked` are counted (a query whose words match only one by one ranks the
    /// best of its matches, depth `Fusion.depthMargin` past the page).
    private func count(_ ranked: [Fusion.Candidate], matches: XapianMatches, allWords: Bool,
                       store: OfferStoreReader) throws(IndexError) -> (total: Int, needs: [String: Int], centres: [String: Int],
                                                                        access: [String: Int]) {
        let state = search.state
        let kept = Set(ranked.map(\.docid))
        let fetched = (0..<matches.count).map { matches.docid($0) }
        var needs: [String: Int] = [:], centres: [String: Int] = [:], access: [String: Int] = [:]
        var total = 0
        var counted: [UInt32] = ranked.map(\.docid)
        if allWords, matches.total > matches.count, fetched.allSatisfy(kept.contains) {
            total = matches.total
            needs = search.counts(matches.facet(0), state.needCodes)
            centres = search.counts(matches.facet(1), state.centreCodes)
            access = search.counts(matches.facet(2), IndexSchema.accessCodes)
            var others = ranked.filter { $0.lexicalRank == nil }.map(\.docid)
            if !others.isEmpty {
                let alsoLexical = try lexicalMembers(others, store: store)
                others.removeAll { alsoLexical.contains($0) }
            }
            counted = others
        }
        total += counted.count
        for docid in counted {
            guard let codes = index.codes(docid: docid) else { continue }
            for code in Set(codes.needs) where Int(code) < state.needCodes.count { needs[state.needCodes[Int(code)], default: 0] += 1 }
            if Int(codes.centre) < state.centreCodes.count { centres[state.centreCodes[Int(codes.centre)], default: 0] += 1 }
            // The vector records hold no access codes; the offers counted one by one are read whole
            // (from the offer store's cache, and few: at most the page and its margin).
            let routes = try store.offer(docid: docid).access
            for key in routes.isEmpty ? [IndexSchema.noAccess] : Set(routes).map(\.rawValue) { access[key, default: 0] += 1 }
        }
        return (total, needs, centres, access)
    }

    /// Which of docids the lexical query matches (under the same filters): one more search,
    /// restricted to those offers by their id terms.
    private func lexicalMembers(_ docids: [UInt32], store: OfferStoreReader) throws(IndexError) -> Set<UInt32> {
        guard let query = try search.lexicalQuery(plan) else { return [] }
        var ids: [XapianQuery] = []
        for docid in docids { ids.append(try .term(IndexSchema.Prefix.id + (try store.offer(docid: docid)).id)) }
        let members = try search.match(try .combine(.filter, [query.all, try .combine(.or, ids)]), filters, offset: 0, limit: docids.count)
        return Set((0..<members.count).map { members.docid($0) })
    }
}
