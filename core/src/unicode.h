// Small Unicode helpers over ICU, for UTF-16 text (the unit of offsets in the public API).
#ifndef LESELUPE_UNICODE_H_
#define LESELUPE_UNICODE_H_

#include <string>
#include <string_view>

namespace leselupe {

// UTF-16 → UTF-8; unpaired surrogates become U+FFFD.
std::string ToUtf8(std::u16string_view s);
// UTF-8 → UTF-16 for trusted data (the compiled tables); invalid bytes become U+FFFD.
std::u16string FromUtf8(std::string_view s);

// Case folding for lookups (full folding: "Straße" and "STRASSE" meet).
std::u16string Fold(std::u16string_view s);

// The code point at `i` (joining a valid surrogate pair) and its length in code units.
char32_t CodePointAt(std::u16string_view s, size_t i, size_t* length);
// The code point that ends just before `i`; 0 at the start.
char32_t CodePointBefore(std::u16string_view s, size_t i);

bool IsLetter(char32_t c);
bool IsUpper(char32_t c);  // upper- or titlecase
bool IsDigit(char32_t c);
bool IsSpace(char32_t c);  // white space, including no-break spaces
bool IsDash(char32_t c);   // hyphen-minus, en dash, em dash, …

// The first code point of `s` is an upper-case letter.
bool StartsUpper(std::u16string_view s);

}  // namespace leselupe

#endif  // LESELUPE_UNICODE_H_
