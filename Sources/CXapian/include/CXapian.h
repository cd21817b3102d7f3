/*
 * CXapian: a small plain-C face over Xapian 1.4 for Swift.
 *
 * Rules of this header:
 * - Handles are opaque; each has one *_free function.
 * - A function that can fail takes `char **error` last. On failure it returns
 *   NULL, 0 or -1 (as documented) and stores a malloc'd message in *error that
 *   the caller frees with cx_string_free. On success *error is left untouched.
 * - Every entry point catches Xapian::Error and `...`: no C++ exception ever
 *   leaves this library.
 * - Strings go in as (pointer, length) and are not NUL-terminated unless said.
 *   Strings coming out are malloc'd (free with cx_string_free) or point into a
 *   handle and live as long as it.
 */
#ifndef CXAPIAN_H
#define CXAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cx_stemmer cx_stemmer;
typedef struct cx_wdb cx_wdb;
typedef struct cx_doc cx_doc;
typedef struct cx_db cx_db;
typedef struct cx_query cx_query;
typedef struct cx_mset cx_mset;

/* ---- general ---- */

void cx_string_free(char *string);
/** The linked Xapian version, e.g. "1.4.22" (static storage). */
const char *cx_version(void);
/** Writes Xapian's sortable_serialise(value) into out (at least 16 bytes); returns its length. */
size_t cx_sortable_serialise(double value, char *out);

/* ---- stemming ---- */

cx_stemmer *cx_stemmer_new(const char *language, char **error);
void cx_stemmer_free(cx_stemmer *stemmer);
/** The stem of word, malloc'd, length in *out_len; NULL on error. */
char *cx_stem(cx_stemmer *stemmer, const char *word, size_t len, size_t *out_len, char **error);

/* ---- writing ---- */

enum {
    /** Create the database, or overwrite one that is there; without it, open an existing one. */
    CX_WDB_CREATE = 1,
    /** Skip fsync on commit: for scratch databases that are thrown away after a crash. */
    CX_WDB_NO_SYNC = 2,
};
/** Opens a writable database; flags: CX_WDB_CREATE, CX_WDB_NO_SYNC. */
cx_wdb *cx_wdb_open(const char *path, int flags, char **error);
/** Closes the database; Xapian commits pending changes. */
void cx_wdb_free(cx_wdb *db);
int cx_wdb_commit(cx_wdb *db, char **error);
/** Adds doc as a new document (fast path for fresh builds). Returns 0 or -1. */
int cx_wdb_add(cx_wdb *db, const cx_doc *doc, char **error);
/** Replaces the document with the unique term (or adds it); its docid, 0 on error. */
uint32_t cx_wdb_replace(cx_wdb *db, const char *unique_term, size_t len, const cx_doc *doc, char **error);
int cx_wdb_delete(cx_wdb *db, const char *unique_term, size_t len, char **error);
int cx_wdb_set_metadata(cx_wdb *db, const char *key, const char *value, size_t len, char **error);
int cx_wdb_add_spelling(cx_wdb *db, const char *word, size_t len, unsigned freq, char **error);
/// Merges the databases at `sources` (in that order, documents renumbered one after another) into a new
/// database at `destination`: terms, values, data, spelling and metadata (the first source's value
/// wins when a key repeats).
int cx_compact(const char *const *sources, size_t count, const char *destination, char **error);

/* ---- documents under construction (no Xapian call can fail here but allocation) ---- */

cx_doc *cx_doc_new(void);
void cx_doc_free(cx_doc *doc);
/**
 * Adds count terms in one call: `terms` holds them back to back, each ended by a
 * NUL byte; wdfs[i] is the within-document frequency of term i. Returns 0 or -1.
 */
int cx_doc_add_terms(cx_doc *doc, const char *terms, size_t terms_len, const uint32_t *wdfs, size_t count, char **error);
int cx_doc_add_boolean_term(cx_doc *doc, const char *term, size_t len, char **error);
int cx_doc_add_value(cx_doc *doc, unsigned slot, const char *value, size_t len, char **error);

/* ---- reading ---- */

cx_db *cx_db_open(const char *path, char **error);
void cx_db_free(cx_db *db);
/** Re-reads to the latest committed revision. *changed is set to 1 if it moved. Returns 0 or -1. */
int cx_db_reopen(cx_db *db, int *changed, char **error);
/** Number of documents, or -1 on error. */
int64_t cx_db_doccount(cx_db *db, char **error);
/** Documents containing term, or -1 on error. */
int64_t cx_db_termfreq(cx_db *db, const char *term, size_t len, char **error);
/** Metadata value for key (empty if unset), malloc'd; NULL on error. */
char *cx_db_metadata(cx_db *db, const char *key, size_t *out_len, char **error);
/** Spelling suggestion for word (empty if none), malloc'd; NULL on error. */
char *cx_db_spelling(cx_db *db, const char *word, size_t len, unsigned max_edit_distance, size_t *out_len, char **error);
/** The docid of the document indexed by the unique term, 0 when none has it; -1 on error. */
int64_t cx_db_docid(cx_db *db, const char *unique_term, size_t len, char **error);
/**
 * Every term starting with prefix, back to back, each ended by a NUL byte, malloc'd;
 * total length in *out_len. NULL on error.
 */
char *cx_db_terms(cx_db *db, const char *prefix, size_t *out_len, char **error);
/**
 * The value in slot for every document, as records of
 * [4-byte little-endian length][bytes], malloc'd; total in *out_len. NULL on error.
 */
char *cx_db_values(cx_db *db, unsigned slot, size_t *out_len, char **error);

/* ---- queries (immutable once built; freeing a part after combining is safe) ---- */

enum cx_query_op {
    CX_OP_AND = 0,
    CX_OP_OR = 1,
    CX_OP_AND_NOT = 2,
    CX_OP_FILTER = 3,
    CX_OP_AND_MAYBE = 4,
    CX_OP_SYNONYM = 5
};

cx_query *cx_query_term(const char *term, size_t len, unsigned wqf, char **error);
cx_query *cx_query_match_all(char **error);
cx_query *cx_query_match_nothing(char **error);
cx_query *cx_query_combine(int op, cx_query *const *subqueries, size_t count, char **error);
/**
 * Documents whose age range holds age: sortable_serialise'd bounds in from_slot and to_slot, read
 * once per revision of db into memory. The query belongs to db: run it only with db, and free it
 * before db.
 */
cx_query *cx_query_age(cx_db *db, unsigned from_slot, unsigned to_slot, unsigned age, char **error);
void cx_query_free(cx_query *query);

/* ---- searching ---- */

/**
 * Runs query and keeps the hits [offset, offset+limit) with their docids, weights
 * and matching terms. check_at_least as in Enquire::get_mset (pass the doccount
 * for exact totals and facets). For each of the facet_count slots, a counting
 * spy counts each 2-byte big-endian code the slot holds, once per matching
 * document; the codes of all documents are read into memory on first use and
 * kept until the database moves to a new revision. Matching terms are read for
 * the first terms_for hits only (each costs a walk over the document's terms). Retries once after reopening if the database
 * was modified underneath. NULL on error.
 *
 * Exact counts (check_at_least >= doccount) come either from the matcher with
 * spies, which weights every match, or from walking the query's posting lists
 * without weights, after which the matcher only ranks (see MatchCounter.cpp).
 * counting picks one (enum cx_counting). When bm25_k1 > 0, no matching terms
 * are asked for and the query has no OP_SYNONYM, OP_AND_MAYBE or weighted
 * match-all, the walk also keeps the best hits, weighted and ordered as the
 * matcher would, and the matcher does not run: CX_COUNT_AUTO then always walks.
 * Otherwise CX_COUNT_AUTO walks (and the matcher ranks after it) when the query
 * may match CX_POSTINGS_FROM documents (or 1/32 of a larger database) or more.
 *
 * bm25_k1 > 0 ranks with Xapian's BM25Weight(bm25_k1, 0, 1, 0, 0.5): BM25 without
 * length normalisation, for indexes whose wdfs are normalised already; 0 keeps
 * Xapian's default BM25.
 */
enum cx_counting {
    CX_COUNT_AUTO = 0,
    CX_COUNT_MATCHER = 1,
    CX_COUNT_POSTINGS = 2
};
/** Below this many possible matches the matcher's one pass is cheaper than a counting walk and the matcher. */
#define CX_POSTINGS_FROM 5000
cx_mset *cx_search(cx_db *db, const cx_query *query, uint32_t offset, uint32_t limit,
                   uint32_t check_at_least, const unsigned *facet_slots, size_t facet_count,
                   uint32_t terms_for, int counting, double bm25_k1, char **error);
void cx_mset_free(cx_mset *mset);
uint32_t cx_mset_size(const cx_mset *mset);
/** Estimated number of matches; exact when check_at_least covered every match. */
uint32_t cx_mset_total(const cx_mset *mset);
double cx_mset_weight(const cx_mset *mset, uint32_t index);
/** 1 when the posting-list walk ranked the hits as well as counting them (the matcher did not run). */
int cx_mset_ranked_by_walk(const cx_mset *mset);
/** The docid of hit index. */
uint32_t cx_mset_docid(const cx_mset *mset, uint32_t index);
/** 1 when the database was reopened at a newer revision during the search (it was modified underneath). */
int cx_mset_reopened(const cx_mset *mset);
/** Query terms the hit matched (empty past terms_for), each ended by NUL; lives as long as the mset. */
const char *cx_mset_terms(const cx_mset *mset, uint32_t index, size_t *out_len);
/** Counts per code for facet i (array of *out_count entries); lives as long as the mset. */
const uint32_t *cx_mset_facet(const cx_mset *mset, size_t facet, size_t *out_count);

#ifdef __cplusplus
}
#endif

#endif
