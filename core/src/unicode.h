// Moved to text/: include text/unicode.h, text/case_fold.h, text/utf8.h directly.
#ifndef LESELUPE_UNICODE_H_
#define LESELUPE_UNICODE_H_
#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"
#endif  // LESELUPE_UNICODE_H_
