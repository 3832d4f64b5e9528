#ifndef BRIEFING_CLIBXML2_SHIM_H
#define BRIEFING_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its headers would pull the system ICU, which clashes
// with Foundation's own ICU in clean debug builds ("'UErrorCode' has different definitions").
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>
#include <libxml/uri.h>

// xmlFree is a mutable global function pointer, which Swift 6 refuses to call directly.
static inline void briefing_xmlFree(void *pointer) { xmlFree(pointer); }

// libxml2 reports some errors without their parser context (an encoder failing on the input,
// "encoding error : input conversion failed…"), which go to its generic handler: by default a
// line on stderr that names no feed, under cron a mail. The same failure also reaches the
// document's structured handler, which makes it the feed's bozo reason; this one says nothing.
static void briefing_ignoreGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

// A push parser context that calls `sax` (copied by libxml2) with `user` as context. The push
// parser, fed the whole document in one chunk, scans CDATA sections in bulk where the pull
// parser reads them character by character. Returns NULL when libxml2 cannot allocate one.
// The generic handler is the calling thread's (libxml2 keeps one per thread), so it is set here,
// on the thread that parses.
static inline xmlParserCtxtPtr briefing_newParserContext(xmlSAXHandler *sax, void *user, int options) {
    xmlSetGenericErrorFunc(NULL, briefing_ignoreGenericError);
    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(sax, user, NULL, 0, NULL);
    if (context == NULL) return NULL;
    xmlCtxtUseOptions(context, options);
    return context;
}

// Frees the context and the document libxml2 made beside it: in SAX mode an entity declaration
// makes it build a "SAX compatibility mode document" (`myDoc`) holding a copy of every declared
// entity, which xmlFreeParserCtxt leaves to the caller.
static inline void briefing_freeParserContext(xmlParserCtxtPtr context) {
    if (context->myDoc != NULL) {
        xmlFreeDoc(context->myDoc);
        context->myDoc = NULL;
    }
    xmlFreeParserCtxt(context);
}

// libxml2 2.9 drops every entity reference once a document is found ill-formed, even in
// RECOVER mode; the SAX handlers note the error and mark the context well-formed again.
static inline int briefing_takeWellFormedError(xmlParserCtxtPtr context) {
    if (context->wellFormed) return 0;
    context->wellFormed = 1;
    return 1;
}

static inline int briefing_namespacesWellFormed(xmlParserCtxtPtr context) { return context->nsWellFormed; }
static inline void briefing_forceWellFormed(xmlParserCtxtPtr context, int value) { context->wellFormed = value; }
static inline int briefing_hasDoctype(xmlParserCtxtPtr context) {
    return context->hasExternalSubset || context->intSubName != NULL;
}
// Whether libxml2 is reading an attribute value (where it copies only the first byte of a
// predefined entity's text).
static inline int briefing_inAttributeValue(xmlParserCtxtPtr context) {
    return context->instate == XML_PARSER_ATTRIBUTE_VALUE;
}
static inline const xmlChar *briefing_documentEncoding(xmlParserCtxtPtr context) { return context->encoding; }

#endif
