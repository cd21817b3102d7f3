// The only C++ in the project: a plain-C face over Xapian (see include/CXapian.h).
// Every entry point runs its body inside `guarded`, so no exception leaves here.

#include "CXapian.h"

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct cx_stemmer { Xapian::Stem stem; };
struct cx_wdb { Xapian::WritableDatabase db; };
struct cx_doc { Xapian::Document doc; };
/// Facet codes of every document in one value slot, read once per revision: counting then
/// needs only the docid of each match, not a document fetch.
struct FacetCache {
    std::vector<uint32_t> offsets;  // codes of docid d are codes[offsets[d] .. offsets[d+1])
    std::vector<uint16_t> codes;
};

/// Age bounds of every document, read once per revision: an age filter then looks them up by
/// docid instead of decoding value streams for every candidate.
struct AgeCache {
    std::vector<uint16_t> from, to;  // by docid; a docid without a document has from > to
};

struct cx_db {
    Xapian::Database db;
    std::map<unsigned, FacetCache> facets;
    std::shared_ptr<const AgeCache> ages;

    /// Forgets what was read from the previous revision.
    void revision_moved() {
        facets.clear();
        ages.reset();
    }
};
struct cx_query { Xapian::Query query; };
struct cx_mset {
    Xapian::MSet mset;
    std::vector<std::string> data;
    std::vector<std::string> terms;
    std::vector<std::vector<uint32_t>> facets;
};

namespace {

void set_error(char **error, const char *message) noexcept {
    if (error == nullptr) return;
    *error = strdup(message != nullptr ? message : "ukendt fejl");
}

template <typename Result, typename Body>
Result guarded(char **error, Result failure, Body &&body) noexcept {
    try {
        return body();
    } catch (const Xapian::Error &e) {
        try {
            set_error(error, e.get_description().c_str());
        } catch (...) {
            set_error(error, e.get_msg().c_str());
        }
    } catch (const std::exception &e) {
        set_error(error, e.what());
    } catch (...) {
        set_error(error, "ukendt fejl i Xapian");
    }
    return failure;
}

char *copy_out(const std::string &value, size_t *out_len) {
    char *result = static_cast<char *>(malloc(value.size() + 1));
    if (result == nullptr) throw std::bad_alloc();
    memcpy(result, value.data(), value.size());
    result[value.size()] = '\0';
    if (out_len != nullptr) *out_len = value.size();
    return result;
}

/// Counts a slot's codes for each matching document from the cache, by docid.
class CachedCodeSpy : public Xapian::MatchSpy {
  public:
    CachedCodeSpy(const FacetCache *cache, std::vector<uint32_t> *counts) : cache_(cache), counts_(counts) {}

    void operator()(const Xapian::Document &doc, double) override {
        const Xapian::docid id = doc.get_docid();
        if (id + 1 >= cache_->offsets.size()) return;
        for (uint32_t i = cache_->offsets[id]; i < cache_->offsets[id + 1]; ++i) {
            const uint16_t code = cache_->codes[i];
            if (code >= counts_->size()) counts_->resize(size_t(code) + 1, 0);
            ++(*counts_)[code];
        }
    }

  private:
    const FacetCache *cache_;
    std::vector<uint32_t> *counts_;
};

const FacetCache &facet_cache(cx_db &db, unsigned slot) {
    auto found = db.facets.find(slot);
    if (found != db.facets.end()) return found->second;
    FacetCache cache;
    const Xapian::docid last = db.db.get_lastdocid();
    cache.offsets.assign(size_t(last) + 2, 0);
    std::vector<std::pair<Xapian::docid, std::string>> values;
    for (auto it = db.db.valuestream_begin(slot); it != db.db.valuestream_end(slot); ++it) {
        values.emplace_back(it.get_docid(), *it);
    }
    size_t at = 0;
    for (Xapian::docid d = 0; d <= last; ++d) {
        cache.offsets[d] = uint32_t(cache.codes.size());
        if (at < values.size() && values[at].first == d) {
            const auto *bytes = reinterpret_cast<const unsigned char *>(values[at].second.data());
            for (size_t i = 0; i + 1 < values[at].second.size(); i += 2) {
                cache.codes.push_back(uint16_t((bytes[i] << 8) | bytes[i + 1]));
            }
            ++at;
        }
    }
    cache.offsets[size_t(last) + 1] = uint32_t(cache.codes.size());
    return db.facets.emplace(slot, std::move(cache)).first->second;
}

std::shared_ptr<const AgeCache> age_cache(cx_db &db, unsigned from_slot, unsigned to_slot) {
    if (db.ages) return db.ages;
    auto cache = std::make_shared<AgeCache>();
    const size_t size = size_t(db.db.get_lastdocid()) + 1;
    cache->from.assign(size, 1);
    cache->to.assign(size, 0);
    auto clamp = [](const std::string &value) {
        const double age = Xapian::sortable_unserialise(value);
        return uint16_t(age < 0 ? 0 : age > 65535 ? 65535 : age);
    };
    for (auto it = db.db.valuestream_begin(from_slot); it != db.db.valuestream_end(from_slot); ++it) {
        if (it.get_docid() < size) cache->from[it.get_docid()] = clamp(*it);
    }
    for (auto it = db.db.valuestream_begin(to_slot); it != db.db.valuestream_end(to_slot); ++it) {
        if (it.get_docid() < size) cache->to[it.get_docid()] = clamp(*it);
    }
    db.ages = cache;
    return cache;
}

/// The documents whose age range [from, to] holds one age, read from `AgeCache`. Built for one
/// search on one database handle; `init` takes the handle's cache of the current revision.
class AgeSource : public Xapian::PostingSource {
  public:
    AgeSource(cx_db *owner, unsigned from_slot, unsigned to_slot, uint16_t age)
        : owner_(owner), from_slot_(from_slot), to_slot_(to_slot), age_(age) {}

    Xapian::PostingSource *clone() const override { return new AgeSource(owner_, from_slot_, to_slot_, age_); }

    void init(const Xapian::Database &db) override {
        cache_ = age_cache(*owner_, from_slot_, to_slot_);
        last_ = std::min<Xapian::docid>(db.get_lastdocid(), Xapian::docid(cache_->from.size() - 1));
        docid_ = 0;
        doccount_ = db.get_doccount();
    }

    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return doccount_ / 2; }
    Xapian::doccount get_termfreq_max() const override { return doccount_; }

    void next(double) override {
        do ++docid_; while (docid_ <= last_ && !holds(docid_));
    }

    void skip_to(Xapian::docid target, double) override {
        if (target <= docid_) return;
        docid_ = target - 1;
        next(0);
    }

    /// Answers for exactly `target`; false leaves the position there, so `next` goes on after it.
    bool check(Xapian::docid target, double) override {
        docid_ = target;
        return target <= last_ && holds(target);
    }

    bool at_end() const override { return docid_ > last_; }
    Xapian::docid get_docid() const override { return docid_; }
    std::string name() const override { return "tilbudsguide.AgeSource"; }

  private:
    bool holds(Xapian::docid id) const { return cache_->from[id] <= age_ && age_ <= cache_->to[id]; }

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

cx_mset *run_search(cx_db &handle, const Xapian::Query &query, uint32_t offset,
                    uint32_t limit, uint32_t check_at_least, const unsigned *facet_slots,
                    size_t facet_count, uint32_t terms_for) {
    auto result = std::make_unique<cx_mset>();
    result->facets.resize(facet_count);
    std::vector<std::unique_ptr<CachedCodeSpy>> spies;
    Xapian::Enquire enquire(handle.db);
    enquire.set_query(query);
    for (size_t i = 0; i < facet_count; ++i) {
        spies.push_back(std::make_unique<CachedCodeSpy>(&facet_cache(handle, facet_slots[i]), &result->facets[i]));
        enquire.add_matchspy(spies.back().get());
    }
    result->mset = enquire.get_mset(offset, limit, check_at_least);
    for (auto it = result->mset.begin(); it != result->mset.end(); ++it) {
        result->data.push_back(it.get_document().get_data());
        std::string terms;
        if (result->terms.size() < terms_for) {
            for (auto t = enquire.get_matching_terms_begin(it); t != enquire.get_matching_terms_end(it); ++t) {
                terms += *t;
                terms.push_back('\0');
            }
        }
        result->terms.push_back(std::move(terms));
    }
    enquire.clear_matchspies();
    return result.release();
}

}  // namespace

extern "C" {

void cx_string_free(char *string) { free(string); }

const char *cx_version(void) { return Xapian::version_string(); }

size_t cx_sortable_serialise(double value, char *out) {
    return guarded(nullptr, size_t(0), [&] {
        const std::string s = Xapian::sortable_serialise(value);
        memcpy(out, s.data(), s.size());
        return s.size();
    });
}

cx_stemmer *cx_stemmer_new(const char *language, char **error) {
    return guarded(error, (cx_stemmer *)nullptr, [&] { return new cx_stemmer{Xapian::Stem(language)}; });
}

void cx_stemmer_free(cx_stemmer *stemmer) { delete stemmer; }

char *cx_stem(cx_stemmer *stemmer, const char *word, size_t len, size_t *out_len, char **error) {
    return guarded(error, (char *)nullptr, [&] { return copy_out(stemmer->stem(std::string(word, len)), out_len); });
}

cx_wdb *cx_wdb_open(const char *path, int flags, char **error) {
    return guarded(error, (cx_wdb *)nullptr, [&] {
        int action = (flags & CX_WDB_CREATE) ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_OPEN;
        if (flags & CX_WDB_NO_SYNC) action |= Xapian::DB_NO_SYNC;
        return new cx_wdb{Xapian::WritableDatabase(path, action)};
    });
}

void cx_wdb_free(cx_wdb *db) {
    guarded(nullptr, 0, [&] {
        delete db;
        return 0;
    });
}

int cx_wdb_commit(cx_wdb *db, char **error) {
    return guarded(error, -1, [&] { db->db.commit(); return 0; });
}




int cx_wdb_add(cx_wdb *db, const cx_doc *doc, char **error) {
    return guarded(error, -1, [&] { db->db.add_document(doc->doc); return 0; });
}

int cx_wdb_replace(cx_wdb *db, const char *unique_term, size_t len, const cx_doc *doc, char **error) {
    return guarded(error, -1, [&] { db->db.replace_document(std::string(unique_term, len), doc->doc); return 0; });
}

int cx_wdb_delete(cx_wdb *db, const char *unique_term, size_t len, char **error) {
    return guarded(error, -1, [&] { db->db.delete_document(std::string(unique_term, len)); return 0; });
}

int cx_wdb_set_metadata(cx_wdb *db, const char *key, const char *value, size_t len, char **error) {
    return guarded(error, -1, [&] { db->db.set_metadata(key, std::string(value, len)); return 0; });
}

int cx_wdb_add_spelling(cx_wdb *db, const char *word, size_t len, unsigned freq, char **error) {
    return guarded(error, -1, [&] { db->db.add_spelling(std::string(word, len), freq); return 0; });
}

int cx_compact(const char *const *sources, size_t count, const char *destination, char **error) {
    return guarded(error, -1, [&] {
        Xapian::Database merged;
        for (size_t i = 0; i < count; ++i) merged.add_database(Xapian::Database(sources[i]));
        merged.compact(destination);
        return 0;
    });
}


cx_doc *cx_doc_new(void) {
    return guarded(nullptr, (cx_doc *)nullptr, [&] { return new cx_doc{}; });
}

void cx_doc_free(cx_doc *doc) { delete doc; }

int cx_doc_add_terms(cx_doc *doc, const char *terms, size_t terms_len, const uint32_t *wdfs, size_t count,
                     char **error) {
    return guarded(error, -1, [&] {
        size_t start = 0;
        for (size_t i = 0; i < count; ++i) {
            const void *end = memchr(terms + start, '\0', terms_len - start);
            if (end == nullptr) throw Xapian::InvalidArgumentError("termliste uden afslutning");
            const size_t stop = static_cast<const char *>(end) - terms;
            doc->doc.add_term(std::string(terms + start, stop - start), wdfs[i]);
            start = stop + 1;
        }
        return 0;
    });
}

int cx_doc_add_boolean_term(cx_doc *doc, const char *term, size_t len, char **error) {
    return guarded(error, -1, [&] { doc->doc.add_boolean_term(std::string(term, len)); return 0; });
}

int cx_doc_add_value(cx_doc *doc, unsigned slot, const char *value, size_t len, char **error) {
    return guarded(error, -1, [&] { doc->doc.add_value(slot, std::string(value, len)); return 0; });
}

int cx_doc_set_data(cx_doc *doc, const char *data, size_t len, char **error) {
    return guarded(error, -1, [&] { doc->doc.set_data(std::string(data, len)); return 0; });
}

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

char *cx_db_document_data(cx_db *db, const char *unique_term, size_t len, int *found, char **error) {
    return guarded(error, (char *)nullptr, [&] {
        const std::string term(unique_term, len);
        Xapian::PostingIterator it = db->db.postlist_begin(term);
        if (it == db->db.postlist_end(term)) {
            *found = 0;
            return copy_out(std::string(), nullptr);
        }
        *found = 1;
        return copy_out(db->db.get_document(*it).get_data(), nullptr);
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
    return guarded(error, (cx_query *)nullptr, [&] { return new cx_query{Xapian::Query(std::string(term, len), wqf)}; });
}

/// A fresh match-all query for each caller. Not a copy of `Xapian::Query::MatchAll`: that is one
/// global object whose reference count is not atomic, so copying it from two search threads at
/// once corrupted it (the web server crashed 2 times in 29 load runs). The empty term is what
/// MatchAll is made of.
cx_query *cx_query_match_all(char **error) {
    return guarded(error, (cx_query *)nullptr, [&] { return new cx_query{Xapian::Query(std::string())}; });
}

cx_query *cx_query_match_nothing(char **error) {
    return guarded(error, (cx_query *)nullptr, [&] { return new cx_query{Xapian::Query::MatchNothing}; });
}

cx_query *cx_query_combine(int op, cx_query *const *subqueries, size_t count, char **error) {
    return guarded(error, (cx_query *)nullptr, [&] {
        std::vector<Xapian::Query> parts;
        parts.reserve(count);
        for (size_t i = 0; i < count; ++i) parts.push_back(subqueries[i]->query);
        return new cx_query{Xapian::Query(query_op(op), parts.begin(), parts.end())};
    });
}

cx_query *cx_query_age(cx_db *db, unsigned from_slot, unsigned to_slot, unsigned age, char **error) {
    return guarded(error, (cx_query *)nullptr, [&] {
        auto *source = new AgeSource(db, from_slot, to_slot, uint16_t(std::min(age, 65535u)));
        return new cx_query{Xapian::Query(source->release())};
    });
}

void cx_query_free(cx_query *query) { delete query; }


cx_mset *cx_search(cx_db *db, const cx_query *query, uint32_t offset, uint32_t limit, uint32_t check_at_least,
                   const unsigned *facet_slots, size_t facet_count, uint32_t terms_for, char **error) {
    return guarded(error, (cx_mset *)nullptr, [&] {
        try {
            return run_search(*db, query->query, offset, limit, check_at_least, facet_slots, facet_count, terms_for);
        } catch (const Xapian::DatabaseModifiedError &) {
            db->db.reopen();
            db->revision_moved();
            return run_search(*db, query->query, offset, limit, check_at_least, facet_slots, facet_count, terms_for);
        }
    });
}

void cx_mset_free(cx_mset *mset) { delete mset; }

uint32_t cx_mset_size(const cx_mset *mset) { return uint32_t(mset->data.size()); }

uint32_t cx_mset_total(const cx_mset *mset) { return mset->mset.get_matches_estimated(); }

double cx_mset_weight(const cx_mset *mset, uint32_t index) {
    return guarded(nullptr, 0.0, [&] { return mset->mset[index].get_weight(); });
}

double cx_mset_max_possible(const cx_mset *mset) {
    return guarded(nullptr, 0.0, [&] { return mset->mset.get_max_possible(); });
}

const char *cx_mset_data(const cx_mset *mset, uint32_t index, size_t *out_len) {
    *out_len = mset->data[index].size();
    return mset->data[index].data();
}

const char *cx_mset_terms(const cx_mset *mset, uint32_t index, size_t *out_len) {
    *out_len = mset->terms[index].size();
    return mset->terms[index].data();
}

const uint32_t *cx_mset_facet(const cx_mset *mset, size_t facet, size_t *out_count) {
    *out_count = mset->facets[facet].size();
    return mset->facets[facet].data();
}

}  // extern "C"
