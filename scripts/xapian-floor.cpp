// How fast Xapian alone writes our documents: the floor under any full build that uses it.
// Used by `scripts/bench --xapian-floor` (see there and docs/ydelse.md); not part of the product.
//
// Reads every document of a built index (terms with their wdfs, values) into memory, untimed.
// Then, timed, writes them again as `ShardedBuild` does: one writer per thread, each with a
// contiguous slice in its own database, committing every 1,000 documents without fsync, and
// compacts the parts into one database. No JSON is read, no text analysed, no offer store written.
//
//   xapian-floor INDEX-DATABASE WORK-FOLDER THREADS

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace {

struct Document {
    std::vector<std::pair<std::string, Xapian::termcount>> terms;
    std::vector<std::pair<Xapian::valueno, std::string>> values;
};

std::vector<Document> read_documents(const std::string &path) {
    Xapian::Database db(path);
    std::vector<Document> documents;
    documents.reserve(db.get_doccount());
    for (Xapian::docid id = 1; id <= db.get_lastdocid(); ++id) {
        const Xapian::Document doc = db.get_document(id);
        Document copy;
        for (auto term = doc.termlist_begin(); term != doc.termlist_end(); ++term) {
            copy.terms.emplace_back(*term, term.get_wdf());
        }
        for (auto value = doc.values_begin(); value != doc.values_end(); ++value) {
            copy.values.emplace_back(value.get_valueno(), *value);
        }
        documents.push_back(std::move(copy));
    }
    return documents;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char **argv) {
    if (argc != 4) {
        std::fprintf(stderr, "brug: xapian-floor INDEKS ARBEJDSMAPPE TRÅDE\n");
        return 2;
    }
    try {
        const std::string work = argv[2];
        const int threads = std::max(1, std::atoi(argv[3]));
        const std::vector<Document> documents = read_documents(argv[1]);

        const auto start = std::chrono::steady_clock::now();
        std::vector<std::thread> writers;
        for (int t = 0; t < threads; ++t) {
            writers.emplace_back([&, t] {
                Xapian::WritableDatabase db(work + "/del-" + std::to_string(t),
                                            Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
                const size_t from = documents.size() * t / threads, to = documents.size() * (t + 1) / threads;
                for (size_t i = from; i < to; ++i) {
                    Xapian::Document doc;
                    for (const auto &[term, wdf] : documents[i].terms) doc.add_term(term, wdf);
                    for (const auto &[slot, value] : documents[i].values) doc.add_value(slot, value);
                    db.add_document(doc);
                    if ((i - from) % 1000 == 999) db.commit();
                }
                db.commit();
            });
        }
        for (auto &writer : writers) writer.join();
        const double written = seconds_since(start);
        Xapian::Database parts;
        for (int t = 0; t < threads; ++t) parts.add_database(Xapian::Database(work + "/del-" + std::to_string(t)));
        parts.compact(work + "/samlet");
        const double total = seconds_since(start);
        std::printf("Xapian alene, %zu dokumenter, %d skrivere: %.2f s (skrivning %.2f s, compact %.2f s) = %.0f dokumenter/s\n",
                    documents.size(), threads, total, written, total - written, documents.size() / total);
        return 0;
    } catch (const Xapian::Error &error) {
        std::fprintf(stderr, "Xapian-fejl: %s\n", error.get_description().c_str());
        return 1;
    }
}
