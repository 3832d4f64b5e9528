#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its headers would pull the system ICU, which clashes
// with Foundation's own ICU in clean debug builds ("'UErrorCode' has different definitions").
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/uri.h>

// xmlFree is a mutable global function pointer, which Swift 6 refuses to call directly.
static inline void briefing_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
