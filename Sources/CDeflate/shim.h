// The C surface the web app's gzip uses: zlib's raw deflate and CRC-32 (Debian: zlib1g-dev).
#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

#include <zlib.h>

/// deflateInit2 is a macro over deflateInit2_, which Swift cannot call.
static inline int czlib_deflate_init(z_streamp stream, int level, int window_bits, int memory_level) {
    return deflateInit2(stream, level, Z_DEFLATED, window_bits, memory_level, Z_DEFAULT_STRATEGY);
}

#endif
