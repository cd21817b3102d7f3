// The plain-C face over Xapian (see include/CXapian.h): searches and their results. Every
// entry point runs its body inside `guarded`, so no exception leaves here.

#include "CXapian.h"
#include "Guarded.hpp"
#include "Shim.hpp"

#include <xapian.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

using namespace cxshim;

namespace {

/// Counts a slot's codes for each matching document from the cache, by docid.
class CachedCodeSpy : public Xapian::MatchSpy {
  public:
    CachedCodeSpy(const FacetCache *cache, std::vector<uint32_t> *counts) : cache_(cache), counts_(counts) {}

    void operator()(const Xapian::Document &doc, double) override { cache_->count(doc.get_docid(), *counts_); }

  private:
    const FacetCache *cache_;
    std::vector<uint32_t> *counts_;
};

/// From how many possible matches `CX_COUNT_AUTO` walks the posting lists: CX_POSTINGS_FROM, or
/// 1/32 of the documents in larger databases. Measured with the shared benchmark: at 100,000
/// offers, 5 runs each on one index, 5,000 gave a median p99 of 2.6 ms against 3.3 ms with
/// 10,000 (2,000-3,000 no better), at the same p50; at 1,000,000 offers 30,000 gave p50 2.0 ms
/// against 3.0 ms with 10,000 and 3.7 ms with 0, at the same p99 (23-25 ms; 56 ms never walking).
Xapian::doccount postings_from(const Xapian::Database &db) {
    return std::max<Xapian::doccount>(CX_POSTINGS_FROM, db.get_doccount() / 32);
}

/// For each of docids, the query's terms that index it, NUL-terminated, in query order: what
/// `Enquire::get_matching_terms` gives, but read from the terms' posting lists (one `skip_to`
/// per term and hit, in docid order) instead of from each hit's termlist, which glass keeps
/// zlib-compressed: reading and inflating ten termlists was a fifth of a fresh search's
/// instructions (callgrind, 500 searches of the bundled catalogue).
std::vector<std::string> matching_terms(const Xapian::Database &db, const Xapian::Query &query,
                                        const std::vector<Xapian::docid> &docids) {
    std::vector<std::string> result(docids.size());
    std::vector<std::string> terms;
    for (auto t = query.get_terms_begin(); t != query.get_terms_end(); ++t) {
        if (!(*t).empty() && std::find(terms.begin(), terms.end(), *t) == terms.end()) terms.push_back(*t);
    }
    std::vector<size_t> order(docids.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return docids[a] < docids[b]; });
    for (const std::string &term : terms) {
        Xapian::PostingIterator posting = db.postlist_begin(term);
        const Xapian::PostingIterator end = db.postlist_end(term);
        for (size_t i : order) {
            if (posting == end) break;
            posting.skip_to(docids[i]);
            if (posting != end && *posting == docids[i]) {
                result[i] += term;
                result[i].push_back('\0');
            }
        }
    }
    return result;
}

/// Exact counts (check_at_least of at least the document count) of a query with a `MatchNode`
/// tree may come from `count_matches` (as counting says); the matcher then only ranks, or does
/// not run at all when the walk can rank too (`walk_can_rank`). Otherwise match spies count.
cx_mset *run_search(cx_db &handle, const cx_query &query, uint32_t offset,
                    uint32_t limit, uint32_t check_at_least, const unsigned *facet_slots,
                    size_t facet_count, uint32_t terms_for, int counting, double bm25_k1) {
    auto result = std::make_unique<cx_mset>();
    result->facets.resize(facet_count);
    const bool exact = query.match && check_at_least >= handle.db.get_doccount() && counting != CX_COUNT_MATCHER;
    // Matching terms come from the posting lists (`matching_terms`), so a walk can rank whether
    // or not they are asked for.
    const bool ranks = exact && walk_can_rank(*query.match, bm25_k1);
    // A walk that ranks is the only pass, so it always pays; one that only counts adds a pass.
    const bool walk = exact && (ranks || counting == CX_COUNT_POSTINGS
                                || estimate_matches(handle.db, *query.match) >= postings_from(handle.db));
    if (walk) {
        std::vector<const FacetCache *> caches;
        for (size_t i = 0; i < facet_count; ++i) caches.push_back(&facet_cache(handle, facet_slots[i]));
        RankedMatches ranked;
        // No more than there are documents (an absurd offset must not size the heap).
        const size_t keep = ranks ? std::min<size_t>(size_t(offset) + limit, handle.db.get_doccount()) : 0;
        result->exact_total = count_matches(handle, *query.match, caches, result->facets, WalkRanking{bm25_k1, keep}, &ranked);
        if (ranks) {
            result->ranked_by_walk = true;
            for (size_t i = offset; i < ranked.docids.size(); ++i) {
                result->docids.push_back(ranked.docids[i]);
                result->weights.push_back(ranked.weights[i]);
            }
            const size_t with_terms = std::min<size_t>(terms_for, result->docids.size());
            result->terms = matching_terms(handle.db, query.query,
                                           std::vector<Xapian::docid>(result->docids.begin(), result->docids.begin() + with_terms));
            result->terms.resize(result->docids.size());
            return result.release();
        }
        check_at_least = 0;
    }
    std::vector<std::unique_ptr<CachedCodeSpy>> spies;
    Xapian::Enquire enquire(handle.db);
    enquire.set_query(query.query);
    if (bm25_k1 > 0) enquire.set_weighting_scheme(Xapian::BM25Weight(bm25_k1, 0, 1, 0, 0.5));
    if (!walk) {
        for (size_t i = 0; i < facet_count; ++i) {
            spies.push_back(std::make_unique<CachedCodeSpy>(&facet_cache(handle, facet_slots[i]), &result->facets[i]));
            enquire.add_matchspy(spies.back().get());
        }
    }
    const Xapian::MSet mset = enquire.get_mset(offset, limit, check_at_least);
    if (result->exact_total < 0) result->exact_total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        result->docids.push_back(*it);
        result->weights.push_back(it.get_weight());
    }
    enquire.clear_matchspies();
    const size_t with_terms = std::min<size_t>(terms_for, result->docids.size());
    result->terms = matching_terms(handle.db, query.query,
                                   std::vector<Xapian::docid>(result->docids.begin(), result->docids.begin() + with_terms));
    result->terms.resize(result->docids.size());
    return result.release();
}

}  // namespace

extern "C" {

cx_mset *cx_search(cx_db *db, const cx_query *query, uint32_t offset, uint32_t limit, uint32_t check_at_least,
                   const unsigned *facet_slots, size_t facet_count, uint32_t terms_for, int counting, double bm25_k1,
                   char **error) {
    return guarded(error, (cx_mset *)nullptr, [&] {
        try {
            return run_search(*db, *query, offset, limit, check_at_least, facet_slots, facet_count, terms_for, counting, bm25_k1);
        } catch (const Xapian::DatabaseModifiedError &) {
            db->db.reopen();
            db->revision_moved();
            cx_mset *result = run_search(*db, *query, offset, limit, check_at_least, facet_slots, facet_count, terms_for,
                                         counting, bm25_k1);
            result->reopened = true;
            return result;
        }
    });
}

void cx_mset_free(cx_mset *mset) { delete mset; }

uint32_t cx_mset_size(const cx_mset *mset) { return uint32_t(mset->docids.size()); }

uint32_t cx_mset_total(const cx_mset *mset) { return uint32_t(mset->exact_total); }

double cx_mset_weight(const cx_mset *mset, uint32_t index) { return mset->weights[index]; }

int cx_mset_ranked_by_walk(const cx_mset *mset) { return mset->ranked_by_walk ? 1 : 0; }

uint32_t cx_mset_docid(const cx_mset *mset, uint32_t index) { return mset->docids[index]; }

int cx_mset_reopened(const cx_mset *mset) { return mset->reopened ? 1 : 0; }

const char *cx_mset_terms(const cx_mset *mset, uint32_t index, size_t *out_len) {
    *out_len = mset->terms[index].size();
    return mset->terms[index].data();
}

const uint32_t *cx_mset_facet(const cx_mset *mset, size_t facet, size_t *out_count) {
    *out_count = mset->facets[facet].size();
    return mset->facets[facet].data();
}

}  // extern "C"
