// The C surface the Handout module uses: Pango text layout drawn with Cairo into a PDF.
// Flags and libraries come from pkg-config (pangocairo); Debian: libpango1.0-dev, libcairo2-dev.
#ifndef CPANGOCAIRO_SHIM_H
#define CPANGOCAIRO_SHIM_H

#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>

#endif
