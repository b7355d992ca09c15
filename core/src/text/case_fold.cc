#include "text/case_fold.h"

#include <algorithm>
#include <cstring>

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

namespace {

// Folds s[0, n) into out[0, n) (out may be s: folding keeps every length).
void FoldUnits(const char16_t* s, size_t n, char16_t* out) {
  // Most text comes in ASCII stretches: a block of 16 units with none above 0x7F folds
  // without the table, in loops the compiler turns into a few vector operations; any other
  // block goes unit by unit.
  constexpr size_t kBlock = 16;
  for (size_t i = 0; i < n;) {
    const size_t end = std::min(n, i + kBlock);
    if (end - i == kBlock) {
      char16_t block[kBlock];
      std::memcpy(block, s + i, sizeof block);  // a copy: out may be s
      char16_t any = 0;
      for (char16_t c : block) any |= c;
      if (any < 0x80) {
        for (char16_t& c : block) c = static_cast<char16_t>(c + ((c >= u'A' && c <= u'Z') ? 32 : 0));
        std::memcpy(out + i, block, sizeof block);
        i = end;
        continue;
      }
    }
    for (; i < end; ++i) {  // a surrogate pair may end one past `end`
      const char16_t c = s[i];
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        const char32_t cp = 0x10000 + ((char32_t{c} - 0xD800) << 10) + (char32_t{s[i + 1]} - 0xDC00);
        const char32_t f = FoldCodePoint(cp) - 0x10000;
        out[i] = static_cast<char16_t>(0xD800 + (f >> 10));
        out[i + 1] = static_cast<char16_t>(0xDC00 + (f & 0x3FF));
        ++i;
      } else {
        out[i] = FoldUnit(c);
      }
    }
  }
}

}  // namespace

void FoldAppend(std::u16string_view s, std::u16string* out) {
  const size_t at = out->size();
  out->resize(at + s.size());
  FoldUnits(s.data(), s.size(), out->data() + at);
}

std::u16string Fold(std::u16string_view s) {
  std::u16string out(s.size(), u'\0');
  FoldUnits(s.data(), s.size(), out.data());
  return out;
}

std::u16string FoldUtf8(std::string_view s) {
  std::u16string out;
  DecodeUtf8(s, &out);
  FoldUnits(out.data(), out.size(), out.data());
  return out;
}

}  // namespace leselupe
