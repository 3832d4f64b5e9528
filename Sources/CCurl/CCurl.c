#include "CCurl.h"

#include <dlfcn.h>
#include <stdio.h>

// The libcurl functions briefing calls, resolved from the loaded library.
struct functions {
    CURLcode (*global_init)(long flags);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *handle);
    CURLcode (*easy_perform)(CURL *handle);
    CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
    const char *(*easy_strerror)(CURLcode code);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *line);
    void (*slist_free_all)(struct curl_slist *list);
};

static struct functions curl;

// Resolves `name` into `*slot`; on failure writes the message and returns 0.
static int resolve(void *library, const char *file, const char *name, void **slot, char *message, size_t capacity) {
    *slot = dlsym(library, name);
    if (*slot == NULL) {
        snprintf(message, capacity, "%s has no function %s: it is not libcurl", file, name);
        return 0;
    }
    return 1;
}

int briefing_curl_load(const char *file, char *message, size_t capacity) {
    // RTLD_LOCAL: libcurl's libraries stay out of the scope later lookups search.
    void *library = dlopen(file, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(message, capacity, "%s", reason != NULL ? reason : file);
        return -1;
    }
    struct functions found;
    int ok = resolve(library, file, "curl_global_init", (void **)&found.global_init, message, capacity)
        && resolve(library, file, "curl_easy_init", (void **)&found.easy_init, message, capacity)
        && resolve(library, file, "curl_easy_cleanup", (void **)&found.easy_cleanup, message, capacity)
        && resolve(library, file, "curl_easy_perform", (void **)&found.easy_perform, message, capacity)
        && resolve(library, file, "curl_easy_setopt", (void **)&found.easy_setopt, message, capacity)
        && resolve(library, file, "curl_easy_getinfo", (void **)&found.easy_getinfo, message, capacity)
        && resolve(library, file, "curl_easy_strerror", (void **)&found.easy_strerror, message, capacity)
        && resolve(library, file, "curl_slist_append", (void **)&found.slist_append, message, capacity)
        && resolve(library, file, "curl_slist_free_all", (void **)&found.slist_free_all, message, capacity);
    if (!ok) {
        dlclose(library);
        return -1;
    }
    curl = found;
    return 0;
}

CURLcode briefing_curl_global_init(long flags) { return curl.global_init(flags); }
CURL *briefing_curl_easy_init(void) { return curl.easy_init(); }
void briefing_curl_easy_cleanup(CURL *handle) { curl.easy_cleanup(handle); }
CURLcode briefing_curl_easy_perform(CURL *handle) { return curl.easy_perform(handle); }
const char *briefing_curl_easy_strerror(CURLcode code) { return curl.easy_strerror(code); }
struct curl_slist *briefing_curl_slist_append(struct curl_slist *list, const char *line) {
    return curl.slist_append(list, line);
}
void briefing_curl_slist_free_all(struct curl_slist *list) { curl.slist_free_all(list); }

CURLcode briefing_curl_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode briefing_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode briefing_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode briefing_curl_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl.easy_setopt(handle, option, value);
}
CURLcode briefing_curl_setopt_data_callback(CURL *handle, CURLoption option, briefing_curl_data_callback callback) {
    return curl.easy_setopt(handle, option, callback);
}
CURLcode briefing_curl_setopt_progress_callback(CURL *handle, CURLoption option,
                                                briefing_curl_progress_callback callback) {
    return curl.easy_setopt(handle, option, callback);
}
CURLcode briefing_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl.easy_getinfo(handle, info, value);
}
CURLcode briefing_curl_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl.easy_getinfo(handle, info, value);
}
CURLcode briefing_curl_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl.easy_getinfo(handle, info, value);
}
