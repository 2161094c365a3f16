#ifndef TONGHOP_CLIBXML2_SHIM_H
#define TONGHOP_CLIBXML2_SHIM_H
/* libxml2's push parser (SAX2), which reads a worksheet chunk by chunk as it is inflated. */
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its <unicode/...> headers clash with Foundation's own
   copy of ICU when both are imported into Swift, and the parser does not need them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>

#if LIBXML_VERSION < 20900
#error "TongHop needs libxml2 2.9 or later (apt-get install libxml2-dev)"
#endif

#endif
