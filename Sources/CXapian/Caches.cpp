// The per-revision tables of the shim: facet codes and age bounds by docid.

#include "Shim.hpp"

namespace cxshim {

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

}  // namespace cxshim
