#include "unicode.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace leselupe {

std::string ToUtf8(std::u16string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    char32_t c = CodePointAt(s, i, &n);
    i += n;
    if (U_IS_SURROGATE(c)) c = 0xFFFD;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

namespace {

// Decodes well-formed UTF-8; false on any ill-formed sequence (the caller lets ICU decide
// how to substitute then).
bool DecodeWellFormed(std::string_view s, std::u16string* out) {
  out->clear();
  out->reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    const uint32_t b = p[i];
    if (b < 0x80) {
      out->push_back(static_cast<char16_t>(b));
      ++i;
      continue;
    }
    int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
    if (len == 0 || b > 0xF4 || i + static_cast<size_t>(len) > n) return false;
    uint32_t c = b & (0xFFu >> (len + 1));
    for (int k = 1; k < len; ++k) {
      const uint32_t t = p[i + static_cast<size_t>(k)];
      if ((t & 0xC0) != 0x80) return false;
      c = (c << 6) | (t & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are ill-formed.
    if ((len == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) || (len == 4 && (c < 0x10000 || c > 0x10FFFF))) {
      return false;
    }
    if (c >= 0x10000) {
      out->push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
      out->push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
    } else {
      out->push_back(static_cast<char16_t>(c));
    }
    i += static_cast<size_t>(len);
  }
  return true;
}

}  // namespace

std::u16string FromUtf8(std::string_view s) {
  // The data tables are well-formed: decode them directly (load time); ICU substitutes U+FFFD
  // for anything else.
  std::u16string direct;
  if (DecodeWellFormed(s, &direct)) return direct;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  return std::u16string(u.getBuffer(), static_cast<size_t>(u.length()));
}

std::u16string Fold(std::u16string_view s) {
  // Fast path for Latin-1 text (nearly every German and English word): full case folding
  // of U+0000..U+00FF, as in CaseFolding.txt (status C and F), without ICU's string copies.
  bool latin1 = true;
  for (char16_t c : s) latin1 &= c <= 0xFF;
  if (latin1) {
    std::u16string out;
    out.reserve(s.size());
    for (char16_t c : s) {
      if ((c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) out.push_back(static_cast<char16_t>(c + 0x20));
      else if (c == 0xB5) out.push_back(u'\u03BC');  // micro sign → Greek mu
      else if (c == 0xDF) out.append(u"ss");
      else out.push_back(c);
    }
    return out;
  }
  icu::UnicodeString u(false, s.data(), static_cast<int32_t>(s.size()));
  u.foldCase();
  return std::u16string(u.getBuffer(), static_cast<size_t>(u.length()));
}

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

// ASCII answers without a property look-up: most characters of any text are ASCII.
bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= U'a' && (c | 0x20) <= U'z';
  return u_isalpha(static_cast<UChar32>(c));
}
bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= U'A' && c <= U'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}
bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= U'0' && c <= U'9';
  return u_isdigit(static_cast<UChar32>(c));
}
bool IsSpace(char32_t c) {
  if (c < 0x80) return c == U' ' || (c >= 0x09 && c <= 0x0D);
  return u_isUWhiteSpace(static_cast<UChar32>(c));
}
bool IsDash(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DASH);
}

bool StartsUpper(std::u16string_view s) {
  if (s.empty()) return false;
  size_t n = 0;
  return IsUpper(CodePointAt(s, 0, &n));
}

}  // namespace leselupe
