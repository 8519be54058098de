#ifndef CANDOR_CLIBFUZZER_SHIM_H
#define CANDOR_CLIBFUZZER_SHIM_H
// libFuzzer's driver, for a program that keeps its own main (LLVM's "Using libFuzzer as a library"). It is
// linked in by -sanitize=fuzzer; this header only declares it.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
