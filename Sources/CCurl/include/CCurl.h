#ifndef BRIEFING_CCURL_H
#define BRIEFING_CCURL_H

#include <stddef.h>
#include <curl/curl.h>

// libcurl is loaded by the first command that fetches (dlopen), not linked: linked, its 28
// libraries (TLS, LDAP, Kerberos, SSH…) were loaded and initialised at the start of every
// command, and every symbol the loader resolved was looked up through them. The header gives the
// types and constants at build time; the functions below call libcurl through the pointers that
// `briefing_curl_load` resolved. Calling libcurl's own functions from Swift would not link.

// Loads libcurl from `file` (a name the dynamic loader searches for, as it does a linked
// library's, or a path) and resolves the functions briefing calls. Returns 0; or -1 with a
// message in `message` (at most `capacity` bytes) saying what was not found, and nothing
// changed. Call it before any function below, once, before any thread calls them.
int briefing_curl_load(const char *file, char *message, size_t capacity);

CURLcode briefing_curl_global_init(long flags);
CURL *briefing_curl_easy_init(void);
void briefing_curl_easy_cleanup(CURL *handle);
CURLcode briefing_curl_easy_perform(CURL *handle);
const char *briefing_curl_easy_strerror(CURLcode code);
struct curl_slist *briefing_curl_slist_append(struct curl_slist *list, const char *line);
void briefing_curl_slist_free_all(struct curl_slist *list);

// curl_easy_setopt and curl_easy_getinfo are variadic, which Swift cannot call: one typed
// wrapper per argument kind.
typedef size_t (*briefing_curl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*briefing_curl_progress_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow,
                                               curl_off_t ultotal, curl_off_t ulnow);
CURLcode briefing_curl_setopt_long(CURL *handle, CURLoption option, long value);
CURLcode briefing_curl_setopt_string(CURL *handle, CURLoption option, const char *value);
CURLcode briefing_curl_setopt_pointer(CURL *handle, CURLoption option, void *value);
CURLcode briefing_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value);
CURLcode briefing_curl_setopt_data_callback(CURL *handle, CURLoption option, briefing_curl_data_callback callback);
CURLcode briefing_curl_setopt_progress_callback(CURL *handle, CURLoption option,
                                                briefing_curl_progress_callback callback);
CURLcode briefing_curl_getinfo_long(CURL *handle, CURLINFO info, long *value);
CURLcode briefing_curl_getinfo_string(CURL *handle, CURLINFO info, char **value);
CURLcode briefing_curl_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value);

#endif
