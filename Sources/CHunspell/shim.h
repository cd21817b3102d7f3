// The C surface OfferIndex uses: hunspell's plain-C API (Hunspell_create, Hunspell_spell), to
// tell whether a word is a Danish dictionary word. Debian: libhunspell-dev, and the dictionary
// hunspell-da (/usr/share/hunspell/da_DK.aff and .dic).
#ifndef CHUNSPELL_SHIM_H
#define CHUNSPELL_SHIM_H

#include <hunspell/hunspell.h>

#endif
