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
  size_t best = 0;
  for (size_t l = 1; l < langs.size(); ++l) {
    if (score[l] > score[best]) best = l;
  }
  return langs[best];
}

}  // namespace leselupe
