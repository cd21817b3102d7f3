// The plain-C face over Xapian, writing side: stemmer, documents, writable databases and
// compaction (see include/CXapian.h). Every entry point runs inside `guarded`.

#include "CXapian.h"
#include "Guarded.hpp"

#include <xapian.h>

#include <cstring>
#include <string>

struct cx_stemmer { Xapian::Stem stem; };
struct cx_wdb { Xapian::WritableDatabase db; };
struct cx_doc { Xapian::Document doc; };

using namespace cxshim;

extern "C" {

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

uint32_t cx_wdb_replace(cx_wdb *db, const char *unique_term, size_t len, const cx_doc *doc, char **error) {
    return guarded(error, uint32_t(0), [&] { return db->db.replace_document(std::string(unique_term, len), doc->doc); });
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

}  // extern "C"
