#ifndef TONGHOP_CXLSXWRITER_SHIM_H
#define TONGHOP_CXLSXWRITER_SHIM_H
/* The whole of libxlsxwriter's public API; helpers that Swift cannot import
   directly (macros, variadic functions) are added below with a reason each. */
#include <xlsxwriter.h>

#if !defined(LXW_VERSION_ID) || LXW_VERSION_ID < 110
#error "TongHop needs libxlsxwriter 1.1.0 or later (apt-get install libxlsxwriter-dev)"
#endif

#endif
