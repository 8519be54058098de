#ifndef CANDOR_CPCRE2_SHIM_H
#define CANDOR_CPCRE2_SHIM_H
// 8-bit code units: candor matches UTF-8 buffers in place.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
