#ifndef BRIEFING_CFUZZER_H
#define BRIEFING_CFUZZER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, for a program that has a main of its own (SwiftPM renames an executable's
// entry point, so libFuzzer's main cannot be used). A weak reference: an ordinary build links
// without libFuzzer and sees NULL; `scripts/fuzz` builds with -sanitize=fuzzer and passes
// `-u LLVMFuzzerRunDriver` so the linker takes the driver from libFuzzer's archive.
extern int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size))
    __attribute__((weak));

static inline int briefing_fuzzerLinked(void) { return LLVMFuzzerRunDriver != NULL; }

static inline int briefing_runFuzzer(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t)) {
    return LLVMFuzzerRunDriver(argc, argv, callback);
}

#endif
