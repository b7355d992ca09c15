// Character classes and code point access over UTF-16 text (the unit of offsets in the
// public API). Folding: case_fold.h; UTF-8: utf8.h.
#ifndef LESELUPE_TEXT_UNICODE_H_
#define LESELUPE_TEXT_UNICODE_H_

#include <cstddef>
#include <string_view>

namespace leselupe {

// Surrogates (U16_IS_LEAD, U16_IS_TRAIL, U16_GET_SUPPLEMENTARY of ICU's utf16.h).
inline bool IsLeadSurrogate(char32_t c) { return (c & 0xFFFFFC00u) == 0xD800; }
inline bool IsTrailSurrogate(char32_t c) { return (c & 0xFFFFFC00u) == 0xDC00; }
inline char32_t JoinSurrogates(char32_t lead, char32_t trail) {
  return (lead << 10) + trail - ((0xD800u << 10) + 0xDC00u - 0x10000u);
}

// The code point at `i` (joining a valid surrogate pair) and its length in code units.
// Inline: asked of most tokens' first character.
inline char32_t CodePointAt(std::u16string_view s, size_t i, size_t* length) {
  const char16_t c = s[i];
  if (IsLeadSurrogate(c) && i + 1 < s.size() && IsTrailSurrogate(s[i + 1])) {
    *length = 2;
    return JoinSurrogates(c, s[i + 1]);
  }
  *length = 1;
  return c;
}
// The code point that ends just before `i`; 0 at the start.
inline char32_t CodePointBefore(std::u16string_view s, size_t i) {
  if (i == 0) return 0;
  const char16_t c = s[i - 1];
  if (IsTrailSurrogate(c) && i >= 2 && IsLeadSurrogate(s[i - 2])) return JoinSurrogates(s[i - 2], c);
  return c;
}

// The property look-ups beyond ASCII (unicode.cc), for the classes below.
namespace unicode_internal {
bool IsLetterBeyondAscii(char32_t c);
bool IsUpperBeyondAscii(char32_t c);
bool IsDigitBeyondAscii(char32_t c);
bool IsSpaceBeyondAscii(char32_t c);
}  // namespace unicode_internal

// ASCII answers inline, without a call or a property look-up: most characters of any text are
// ASCII, and these are asked of most characters.
inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= U'a' && (c | 0x20) <= U'z';
  return unicode_internal::IsLetterBeyondAscii(c);
}
inline bool IsUpper(char32_t c) {  // upper- or titlecase
  if (c < 0x80) return c >= U'A' && c <= U'Z';
  return unicode_internal::IsUpperBeyondAscii(c);
}
inline bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= U'0' && c <= U'9';
  return unicode_internal::IsDigitBeyondAscii(c);
}
inline bool IsSpace(char32_t c) {  // white space, including no-break spaces
  if (c < 0x80) return c == U' ' || (c >= 0x09 && c <= 0x0D);
  return unicode_internal::IsSpaceBeyondAscii(c);
}
bool IsDash(char32_t c);   // hyphen-minus, en dash, em dash, …
// The apostrophes written inside and after words: U+0027 and U+2019 ("d'Ampezzo", "Hans’").
inline bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
// A line or paragraph separator: LF, CR, NEL, LS, PS — where ICU's sentence rules always break.
inline bool IsLineBreak(char32_t c) {
  return c == U'\n' || c == U'\r' || c == U'\u0085' || c == U'\u2028' || c == U'\u2029';
}

// The first code point of `s` is an upper-case letter.
bool StartsUpper(std::u16string_view s);

}  // namespace leselupe

#endif  // LESELUPE_TEXT_UNICODE_H_
