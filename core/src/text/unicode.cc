#include "text/unicode.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace leselupe {

char32_t CodePointAt(std::u16string_view s, size_t i, size_t* length) {
  char16_t c = s[i];
  if (U16_IS_LEAD(c) && i + 1 < s.size() && U16_IS_TRAIL(s[i + 1])) {
    *length = 2;
    return U16_GET_SUPPLEMENTARY(c, s[i + 1]);
  }
  *length = 1;
  return c;
}

char32_t CodePointBefore(std::u16string_view s, size_t i) {
  if (i == 0) return 0;
  char16_t c = s[i - 1];
  if (U16_IS_TRAIL(c) && i >= 2 && U16_IS_LEAD(s[i - 2])) {
    return U16_GET_SUPPLEMENTARY(s[i - 2], c);
  }
  return c;
}

namespace unicode_internal {
bool IsLetterBeyondAscii(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool IsUpperBeyondAscii(char32_t c) {
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}
bool IsDigitBeyondAscii(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool IsSpaceBeyondAscii(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }
}  // namespace unicode_internal

bool IsDash(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DASH);
}

bool StartsUpper(std::u16string_view s) {
  if (s.empty()) return false;
  size_t n = 0;
  return IsUpper(CodePointAt(s, 0, &n));
}

}  // namespace leselupe
