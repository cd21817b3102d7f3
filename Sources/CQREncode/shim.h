// The C surface the info screens' QR codes use: libqrencode (Debian: libqrencode-dev).
#ifndef CQRENCODE_SHIM_H
#define CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
