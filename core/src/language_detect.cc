#include "language_detect.h"

#include <vector>

#include "language_model.h"
#include "resources.h"
#include "text/case_fold.h"
#include "text/unicode.h"

namespace leselupe {

namespace {
// Enough words to decide on any paragraph; bounds the work on huge inputs.
constexpr int kMaxWords = 2000;
// In running text of a known language about a third of the words are among its most frequent
// function words (news text with many names and numbers: still over a tenth). A text in
// another language shares only a few of them by accident (French "des" with German, about
// 2 %), and a script without spaces between words gives long letter runs that match none.
constexpr int kMinSharePercent = 8;
}  // namespace

std::string DetectLanguage(std::u16string_view text, const Resources& resources) {
  const auto& langs = resources.languages();
  std::vector<int> score(langs.size(), 0);
  int words = 0;
  size_t i = 0;
  std::u16string folded;
  while (i < text.size() && words < kMaxWords) {
    // Simple letter runs are enough here: function words have no inner punctuation.
    while (i < text.size() && !IsLetter(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && IsLetter(text[i])) ++i;
    if (i == start) break;
    ++words;
    folded.clear();
    FoldAppend(text.substr(start, i - start), &folded);
    for (size_t l = 0; l < langs.size(); ++l) {
      if (resources.Language(langs[l])->IsFunctionWord(folded)) ++score[l];
    }
  }
  if (langs.empty()) return "";
  size_t best = 0;
  for (size_t l = 1; l < langs.size(); ++l) {
    if (score[l] > score[best]) best = l;
  }
  if (score[best] == 0 || score[best] * 100 < kMinSharePercent * words) return "";
  return langs[best];
}

}  // namespace leselupe
