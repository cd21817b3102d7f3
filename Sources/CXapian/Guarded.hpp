// Shared by the shim's C entry points: every body runs inside `guarded`, so no C++ exception
// ever unwinds into Swift.
#pragma once

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>

namespace cxshim {

inline void set_error(char **error, const char *message) noexcept {
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

inline char *copy_out(const std::string &value, size_t *out_len) {
    char *result = static_cast<char *>(malloc(value.size() + 1));
    if (result == nullptr) throw std::bad_alloc();
    memcpy(result, value.data(), value.size());
    result[value.size()] = '\0';
    if (out_len != nullptr) *out_len = value.size();
    return result;
}

}  // namespace cxshim
