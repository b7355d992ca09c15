#include "text/visible_text.h"

#include <algorithm>

namespace leselupe {

bool ReadVisibleText(std::u16string_view text, VisibleText* out) {
  constexpr char16_t kNarrowNoBreakSpace = u'\u202F';
  const auto first = std::find_if(text.begin(), text.end(),
                                  [](char16_t c) { return IsInvisibleMark(c) || c == kNarrowNoBreakSpace; });
  if (first == text.end()) return false;
  out->text.clear();
  out->original.clear();
  out->text.reserve(text.size());
  out->original.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsInvisibleMark(text[i])) continue;
    out->text.push_back(text[i] == kNarrowNoBreakSpace ? u'\u00A0' : text[i]);
    out->original.push_back(static_cast<int32_t>(i));
  }
  out->original.push_back(static_cast<int32_t>(text.size()));
  return true;
}

}  // namespace leselupe
