// Character classes and code point access over UTF-16 text (the unit of offsets in the
// public API). Folding: case_fold.h; UTF-8: utf8.h.
#ifndef LESELUPE_TEXT_UNICODE_H_
#define LESELUPE_TEXT_UNICODE_H_

#include <cstddef>
#include <string_view>

namespace leselupe {

// The code point at `i` (joining a valid surrogate pair) and its length in code units.
char32_t CodePointAt(std::u16string_view s, size_t i, size_t* length);
// The code point that ends just before `i`; 0 at the start.
char32_t CodePointBefore(std::u16string_view s, size_t i);

bool IsLetter(char32_t c);
bool IsUpper(char32_t c);  // upper- or titlecase
bool IsDigit(char32_t c);
bool IsSpace(char32_t c);  // white space, including no-break spaces
bool IsDash(char32_t c);   // hyphen-minus, en dash, em dash, …
// The apostrophes written inside and after words: U+0027 and U+2019 ("d'Ampezzo", "Hans’").
inline bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
// A line or paragraph separator: LF, CR, NEL, LS, PS — where ICU's sentence rules always break.
bool IsLineBreak(char32_t c);

// The first code point of `s` is an upper-case letter.
bool StartsUpper(std::u16string_view s);

}  // namespace leselupe

#endif  // LESELUPE_TEXT_UNICODE_H_
