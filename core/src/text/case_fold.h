// The one case fold of the core: every lookup key (lexicons, cue tables, speech verbs, date
// words) and every document token is folded by this, and nothing else.
//
// Unicode simple case folding (CaseFolding.txt, status C and S), from a table generated from
// ICU's data by tools/text/gen_case_fold.cc (case_fold_table.cc), plus one documented
// override (U+0130 → i). Each code point folds to one code point of the same UTF-16 length,
// so a folded text has exactly the offsets of the text: a Document folds once into a parallel
// buffer and recognizers slice it with the token offsets. (Full folding, "ß" → "ss", would
// break that; "Straße" and "STRASSE" therefore do not meet, "Straße" and "STRAẞE" do.)
#ifndef LESELUPE_TEXT_CASE_FOLD_H_
#define LESELUPE_TEXT_CASE_FOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace leselupe {

namespace case_fold_table {  // generated: case_fold_table.cc
struct SupplementaryRange {
  char32_t first;
  char32_t last;
  int32_t delta;
};
constexpr int kShift = 7;
extern const uint8_t kStage1[0x10000 >> kShift];
extern const uint16_t kStage2[];
extern const SupplementaryRange kSupplementary[];
extern const size_t kSupplementaryCount;
}  // namespace case_fold_table

// The folding of one UTF-16 code unit; surrogates stay as they are.
inline char16_t FoldUnit(char16_t c) {
  if (c < 0x80) return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
  using namespace case_fold_table;
  const uint16_t delta = kStage2[(size_t{kStage1[c >> kShift]} << kShift) | (c & ((1u << kShift) - 1))];
  return static_cast<char16_t>(c + delta);
}

// The folding of any code point.
char32_t FoldCodePoint(char32_t c);

// Folds `s` (same length; surrogate pairs fold as code points, lone surrogates stay).
std::u16string Fold(std::u16string_view s);
// Appends the folding of `s` to `out`.
void FoldAppend(std::u16string_view s, std::u16string* out);
// Decodes UTF-8 data (FromUtf8) and folds it: how a table's key becomes a lookup key.
std::u16string FoldUtf8(std::string_view s);

}  // namespace leselupe

#endif  // LESELUPE_TEXT_CASE_FOLD_H_
