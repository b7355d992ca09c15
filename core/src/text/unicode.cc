#include "text/unicode.h"

#include <unicode/uchar.h>

namespace leselupe {

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
