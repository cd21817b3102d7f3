// The plain-C face over Xapian (see include/CXapian.h), reading side: databases and queries;
// Search.cpp runs searches, Writing.cpp has the writing side. Every entry point runs its body
// inside `guarded`, so no exception leaves here.

#include "CXapian.h"
#include "Guarded.hpp"
#include "Shim.hpp"

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace cxshim;

namespace {

/// The documents whose age range [from, to] holds one age, read from `AgeCache`. Built for one
/// search on one database handle; `init` takes the handle's cache of the current revision.
class AgeSource : public Xapian::PostingSource {
  public:
    AgeSource(cx_db *owner, unsigned from_slot, unsigned to_slot, uint16_t age)
        : owner_(owner), from_slot_(from_slot), to_slot_(to_slot), age_(age) {}

    Xapian::PostingSource *clone() const override { return new AgeSource(owner_, from_slot_, to_slot_, age_); }

    void init(const Xapian::Database &db) override {
        cache_ = age_cache(*owner_, from_slot_, to_slot_);
        last_ = cache_->last(db.get_lastdocid());
        docid_ = 0;
        doccount_ = db.get_doccount();
    }

    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return doccount_ / 2; }
    Xapian::doccount get_termfreq_max() const override { return doccount_; }

    void next(double) override { docid_ = cache_->next_holding(docid_, age_, last_); }

    void skip_to(Xapian::docid target, double) override {
        if (target <= docid_) return;
        docid_ = target - 1;
        next(0);
    }

    /// Answers for exactly `target`; false leaves the position there, so `next` goes on after it.
    bool check(Xapian::docid target, double) override {
        docid_ = target;
        return target <= last_ && cache_->holds(target, age_);
    }

    bool at_end() const override { return docid_ > last_; }
    Xapian::docid get_docid() const override { return docid_; }
    std::string name() const override { return "tilbudsguide.AgeSource"; }

  private:
    cx_db *owner_;
    unsigned from_slot_, to_slot_;
    uint16_t age_;
    std::shared_ptr<const AgeCache> cache_;
    Xapian::docid docid_ = 0, last_ = 0;
    Xapian::doccount doccount_ = 0;
};

Xapian::Query::op query_op(int op) {
    switch (op) {
    case CX_OP_AND: return Xapian::Query::OP_AND;
    case CX_OP_OR: return Xapian::Query::OP_OR;
    case CX_OP_AND_NOT: return Xapian::Query::OP_AND_NOT;
    case CX_OP_FILTER: return Xapian::Query::OP_FILTER;
    case CX_OP_AND_MAYBE: return Xapian::Query::OP_AND_MAYBE;
    case CX_OP_SYNONYM: return Xapian::Query::OP_SYNONYM;
    default: throw Xapian::InvalidArgumentError("ukendt forespørgselsoperator");
    }
}

/// The `MatchNode` tree of a combination: which documents it matches, whatever the weights.
/// Null if a part has none.
MatchTree match_tree(int op, cx_query *const *subqueries, size_t count) {
    MatchNode node{MatchNode::Kind::nothing};
    for (size_t i = 0; i < count; ++i) {
        if (!subqueries[i]->match) return nullptr;
        node.children.push_back(subqueries[i]->match);
    }
    switch (op) {
    case CX_OP_AND: node.kind = MatchNode::Kind::all_of; break;
    case CX_OP_FILTER: node.kind = MatchNode::Kind::all_of; node.weighted_children = 1; break;
    case CX_OP_OR: node.kind = MatchNode::Kind::any_of; break;
    case CX_OP_SYNONYM: node.kind = MatchNode::Kind::any_of; node.rankable = false; break;
    case CX_OP_AND_NOT: node.kind = MatchNode::Kind::but_not; node.weighted_children = 1; break;
    case CX_OP_AND_MAYBE: {  // matches what its first part matches; the rest only adds weight
        if (count == 0) return std::make_shared<MatchNode>(MatchNode{MatchNode::Kind::nothing});
        auto first = std::make_shared<MatchNode>(*node.children.front());
        first->rankable = false;
        return first;
    }
    default: return nullptr;
    }
    if (node.children.empty()) node.kind = MatchNode::Kind::nothing;
    return std::make_shared<MatchNode>(std::move(node));
}

}  // namespace

extern "C" {

void cx_string_free(char *string) { free(string); }

const char *cx_version(void) { return Xapian::version_string(); }

cx_db *cx_db_open(const char *path, char **error) {
    return guarded(error, (cx_db *)nullptr, [&] { return new cx_db{Xapian::Database(path), {}, nullptr}; });
}

void cx_db_free(cx_db *db) {
    guarded(nullptr, 0, [&] {
        delete db;
        return 0;
    });
}

int cx_db_reopen(cx_db *db, int *changed, char **error) {
    return guarded(error, -1, [&] {
        const bool moved = db->db.reopen();
        if (moved) db->revision_moved();
        *changed = moved ? 1 : 0;
        return 0;
    });
}

int64_t cx_db_doccount(cx_db *db, char **error) {
    return guarded(error, int64_t(-1), [&] { return int64_t(db->db.get_doccount()); });
}

int64_t cx_db_termfreq(cx_db *db, const char *term, size_t len, char **error) {
    return guarded(error, int64_t(-1), [&] { return int64_t(db->db.get_termfreq(std::string(term, len))); });
}

char *cx_db_metadata(cx_db *db, const char *key, size_t *out_len, char **error) {
    return guarded(error, (char *)nullptr, [&] { return copy_out(db->db.get_metadata(key), out_len); });
}

char *cx_db_spelling(cx_db *db, const char *word, size_t len, unsigned max_edit_distance, size_t *out_len,
                     char **error) {
    return guarded(error, (char *)nullptr, [&] {
        return copy_out(db->db.get_spelling_suggestion(std::string(word, len), max_edit_distance), out_len);
    });
}

int64_t cx_db_docid(cx_db *db, const char *unique_term, size_t len, char **error) {
    return guarded(error, int64_t(-1), [&] {
        const std::string term(unique_term, len);
        Xapian::PostingIterator it = db->db.postlist_begin(term);
        return it == db->db.postlist_end(term) ? int64_t(0) : int64_t(*it);
    });
}

char *cx_db_terms(cx_db *db, const char *prefix, size_t *out_len, char **error) {
    return guarded(error, (char *)nullptr, [&] {
        std::string out;
        for (auto it = db->db.allterms_begin(prefix); it != db->db.allterms_end(prefix); ++it) {
            out += *it;
            out.push_back('\0');
        }
        return copy_out(out, out_len);
    });
}

char *cx_db_values(cx_db *db, unsigned slot, size_t *out_len, char **error) {
    return guarded(error, (char *)nullptr, [&] {
        std::string out;
        for (auto it = db->db.valuestream_begin(slot); it != db->db.valuestream_end(slot); ++it) {
            const std::string value = *it;
            const uint32_t n = uint32_t(value.size());
            const char header[4] = {char(n & 0xff), char((n >> 8) & 0xff), char((n >> 16) & 0xff), char(n >> 24)};
            out.append(header, 4);
            out += value;
        }
        return copy_out(out, out_len);
    });
}

cx_query *cx_query_term(const char *term, size_t len, unsigned wqf, char **error) {
    return guarded(error, (cx_query *)nullptr, [&] {
        const std::string text(term, len);
        auto node = std::make_shared<MatchNode>(MatchNode{MatchNode::Kind::term, text});
        node->wqf = wqf;
        return new cx_query{Xapian::Query(text, wqf), std::move(node)};
    });
}

/// A fresh match-all query for each caller. Not a copy of `Xapian::Query::MatchAll`: that is one
/// global object whose reference count is not atomic, so copying it from two search threads at
/// once corrupted it (the web server crashed 2 times in 29 load runs). The empty term is what
/// MatchAll is made of.
cx_query *cx_query_match_all(char **error) {
    return guarded(error, (cx_query *)nullptr, [&] {
        return new cx_query{Xapian::Query(std::string()), std::make_shared<MatchNode>(MatchNode{MatchNode::Kind::all})};
    });
}

cx_query *cx_query_match_nothing(char **error) {
    return guarded(error, (cx_query *)nullptr, [&] {
        return new cx_query{Xapian::Query::MatchNothing, std::make_shared<MatchNode>(MatchNode{MatchNode::Kind::nothing})};
    });
}

cx_query *cx_query_combine(int op, cx_query *const *subqueries, size_t count, char **error) {
    return guarded(error, (cx_query *)nullptr, [&] {
        std::vector<Xapian::Query> parts;
        parts.reserve(count);
        for (size_t i = 0; i < count; ++i) parts.push_back(subqueries[i]->query);
        return new cx_query{Xapian::Query(query_op(op), parts.begin(), parts.end()), match_tree(op, subqueries, count)};
    });
}

cx_query *cx_query_age(cx_db *db, unsigned from_slot, unsigned to_slot, unsigned age, char **error) {
    return guarded(error, (cx_query *)nullptr, [&] {
        const uint16_t years = uint16_t(std::min(age, 65535u));
        auto *source = new AgeSource(db, from_slot, to_slot, years);
        MatchNode node{MatchNode::Kind::age};
        node.from_slot = from_slot;
        node.to_slot = to_slot;
        node.age = years;
        return new cx_query{Xapian::Query(source->release()), std::make_shared<MatchNode>(std::move(node))};
    });
}

void cx_query_free(cx_query *query) { delete query; }

}  // extern "C"
