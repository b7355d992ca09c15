#include "text/utf8.h"

#include <cstdint>

namespace leselupe {
namespace {

void AppendUtf16(char32_t c, std::u16string* out) {
  if (c < 0x10000) {
    out->push_back(static_cast<char16_t>(c));
  } else {
    out->push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
    out->push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
  }
}

}  // namespace

size_t DecodeUtf8(std::string_view in, std::u16string* out) {
  out->reserve(out->size() + in.size());
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  size_t first_error = std::string_view::npos;
  size_t i = 0;
  while (i < n) {
    const uint32_t b = p[i];
    if (b < 0x80) {
      // A run of ASCII bytes, appended at once (a push_back per byte re-checks the capacity).
      size_t j = i + 1;
      while (j < n && p[j] < 0x80) ++j;
      const size_t at = out->size();
      out->resize(at + (j - i));
      char16_t* o = out->data() + at;
      for (size_t k = i; k < j; ++k) o[k - i] = static_cast<char16_t>(p[k]);
      i = j;
      continue;
    }
    // Sequence length and the allowed range of the second byte (which rules out overlong
    // forms, surrogates and values past U+10FFFF), by lead byte.
    int len = 0;
    uint32_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) len = 2;
    else if (b >= 0xE0 && b <= 0xEF) len = 3, lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
    else if (b >= 0xF0 && b <= 0xF4) len = 4, lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
    uint32_t c = b & (0xFFu >> (len + 1));
    int k = 1;
    for (; len > 0 && k < len && i + static_cast<size_t>(k) < n; ++k) {
      const uint32_t t = p[i + static_cast<size_t>(k)];
      if (t < lo || t > hi) break;
      c = (c << 6) | (t & 0x3F);
      lo = 0x80, hi = 0xBF;
    }
    if (len > 0 && k == len) {
      AppendUtf16(c, out);
      i += static_cast<size_t>(len);
    } else {
      // The maximal subpart (lead byte plus the continuation bytes that fit) becomes U+FFFD.
      if (first_error == std::string_view::npos) first_error = i;
      out->push_back(u'\uFFFD');
      i += len > 0 ? static_cast<size_t>(k) : 1;
    }
  }
  return first_error;
}

std::u16string FromUtf8(std::string_view s) {
  std::u16string out;
  DecodeUtf8(s, &out);
  return out;
}

std::string ToUtf8(std::u16string_view s) {
  // The length first, then the bytes through a pointer: a push_back per byte re-checks the
  // capacity each time.
  const auto pair_at = [&](size_t i) {
    return s[i] >= 0xD800 && s[i] <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 &&
           s[i + 1] <= 0xDFFF;
  };
  size_t length = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char16_t c = s[i];
    if (c < 0x80) length += 1;
    else if (c < 0x800) length += 2;
    else if (pair_at(i)) length += 4, ++i;
    else length += 3;  // a lone surrogate too: U+FFFD
  }
  std::string out(length, '\0');
  char* o = out.data();
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c < 0x80) {
      *o++ = static_cast<char>(c);
      continue;
    }
    if (pair_at(i)) {
      c = 0x10000 + ((c - 0xD800) << 10) + (char32_t{s[i + 1]} - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (c < 0x800) {
      *o++ = static_cast<char>(0xC0 | (c >> 6));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *o++ = static_cast<char>(0xE0 | (c >> 12));
      *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      *o++ = static_cast<char>(0xF0 | (c >> 18));
      *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

}  // namespace leselupe
