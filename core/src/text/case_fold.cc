#include "text/case_fold.h"

#include "text/utf8.h"

namespace leselupe {

char32_t FoldCodePoint(char32_t c) {
  if (c < 0x10000) return FoldUnit(static_cast<char16_t>(c));
  for (size_t i = 0; i < case_fold_table::kSupplementaryCount; ++i) {
    const auto& r = case_fold_table::kSupplementary[i];
    if (c < r.first) break;
    if (c <= r.last) return static_cast<char32_t>(static_cast<int32_t>(c) + r.delta);
  }
  return c;
}

void FoldAppend(std::u16string_view s, std::u16string* out) {
  out->reserve(out->size() + s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char16_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      const char32_t cp = 0x10000 + ((char32_t{c} - 0xD800) << 10) + (char32_t{s[i + 1]} - 0xDC00);
      const char32_t f = FoldCodePoint(cp) - 0x10000;
      out->push_back(static_cast<char16_t>(0xD800 + (f >> 10)));
      out->push_back(static_cast<char16_t>(0xDC00 + (f & 0x3FF)));
      ++i;
    } else {
      out->push_back(FoldUnit(c));
    }
  }
}

std::u16string Fold(std::u16string_view s) {
  std::u16string out;
  FoldAppend(s, &out);
  return out;
}

std::u16string FoldUtf8(std::string_view s) { return Fold(FromUtf8(s)); }

}  // namespace leselupe
