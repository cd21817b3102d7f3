// What the shim's C++ files share: the handles behind the C header's opaque types and the
// per-revision tables. Not part of the C face (include/CXapian.h); Swift never sees it.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct cx_db;

namespace cxshim {

/// Facet codes of every document in one value slot, read once per revision: counting then
/// needs only the docid of each match, not a document fetch.
struct FacetCache {
    std::vector<uint32_t> offsets;  // codes of docid d are codes[offsets[d] .. offsets[d+1])
    std::vector<uint16_t> codes;

    /// Adds one to counts[code] for each code of document id (counts grows as needed).
    void count(Xapian::docid id, std::vector<uint32_t> &counts) const {
        if (size_t(id) + 1 >= offsets.size()) return;
        for (uint32_t i = offsets[id]; i < offsets[id + 1]; ++i) {
            const uint16_t code = codes[i];
            if (code >= counts.size()) counts.resize(size_t(code) + 1, 0);
            ++counts[code];
        }
    }
};

/// Age bounds of every document, read once per revision: an age filter then looks them up by
/// docid instead of decoding value streams for every candidate.
struct AgeCache {
    std::vector<uint16_t> from, to;  // by docid; a docid without a document has from > to

    bool holds(Xapian::docid id, uint16_t age) const { return from[id] <= age && age <= to[id]; }

    /// The highest docid to look at: the database's last, within the table.
    Xapian::docid last(Xapian::docid last_in_database) const {
        return std::min(last_in_database, Xapian::docid(from.size() - 1));
    }

    /// The first docid after `after` whose range holds age, or last + 1 if none up to last.
    Xapian::docid next_holding(Xapian::docid after, uint16_t age, Xapian::docid last) const {
        do ++after; while (after <= last && !holds(after, age));
        return after;
    }
};

/// Which documents a query matches, without weights: built beside each `Xapian::Query` the
/// shim makes, so exact counts can walk posting lists instead of running the weighting matcher
/// over every match (see `count_matches`).
///
/// It also says how Xapian's matcher weights the query, so that a walk can rank as well as count
/// (`count_matches`): which children carry weight, each term's wqf, and whether an operator the
/// walk cannot weight (`OP_AND_MAYBE`, `OP_SYNONYM`) is anywhere in it.
struct MatchNode {
    enum class Kind { term, all, nothing, all_of, any_of, but_not, age };
    Kind kind;
    std::string term;                                       // term
    std::vector<std::shared_ptr<const MatchNode>> children;  // all_of, any_of, but_not (first minus the rest)
    unsigned from_slot = 0, to_slot = 0;                    // age
    uint16_t age = 0;
    unsigned wqf = 1;                                       // term: its within-query frequency
    /// How many children, from the first, carry weight: all for AND and OR, 1 for FILTER and AND_NOT.
    size_t weighted_children = SIZE_MAX;
    /// False when the walk's weights would differ from the matcher's (see above).
    bool rankable = true;
};
using MatchTree = std::shared_ptr<const MatchNode>;

const FacetCache &facet_cache(cx_db &db, unsigned slot);
std::shared_ptr<const AgeCache> age_cache(cx_db &db, unsigned from_slot, unsigned to_slot);

/// At most how many documents tree matches, from term frequencies alone (no posting list read).
Xapian::doccount estimate_matches(const Xapian::Database &db, const MatchNode &tree);

/// The best-weighted matches of a walk, best first (weight descending, then docid ascending, as
/// Xapian's matcher orders them).
struct RankedMatches {
    std::vector<Xapian::docid> docids;
    std::vector<double> weights;
};

/// How a walk weights matches: BM25 as `Xapian::BM25Weight(k1, 0, 1, 0, 0.5)` gives it, which
/// needs no document length (b = 0). `keep` = 0: count only.
struct WalkRanking {
    double k1 = 0;
    size_t keep = 0;
};

/// Whether a walk can rank tree exactly as the matcher would with BM25 k1 = bm25_k1.
bool walk_can_rank(const MatchNode &tree, double bm25_k1);

/// The exact number of documents tree matches in db; for each cache in facets, adds every
/// match's codes to the counts at the same index. With `ranking.keep` > 0 (only when
/// `walk_can_rank`), also keeps the `keep` best-weighted matches in `ranked`.
uint32_t count_matches(cx_db &db, const MatchNode &tree, const std::vector<const FacetCache *> &facets,
                       std::vector<std::vector<uint32_t>> &counts, const WalkRanking &ranking = {},
                       RankedMatches *ranked = nullptr);

}  // namespace cxshim

struct cx_db {
    Xapian::Database db;
    std::map<unsigned, cxshim::FacetCache> facets;
    std::shared_ptr<const cxshim::AgeCache> ages;

    /// Forgets what was read from the previous revision.
    void revision_moved() {
        facets.clear();
        ages.reset();
    }
};

/// A query and, when every part of it has one, its `MatchNode` tree (null otherwise).
struct cx_query {
    Xapian::Query query;
    cxshim::MatchTree match;
};

struct cx_mset {
    std::vector<Xapian::docid> docids;
    std::vector<double> weights;
    std::vector<std::string> terms;
    std::vector<std::vector<uint32_t>> facets;
    /// The number of matches: exact when counted by `count_matches` or when check_at_least
    /// covered every match, else the matcher's estimate.
    int64_t exact_total = -1;
    /// Whether the walk ranked the hits (the matcher did not run).
    bool ranked_by_walk = false;
    /// Whether the database moved to a newer revision during the search.
    bool reopened = false;
};
