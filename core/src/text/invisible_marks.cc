#include "text/invisible_marks.h"

#include <algorithm>

namespace leselupe {

bool RemoveInvisibleMarks(std::u16string_view text, VisibleText* out) {
  const auto first = std::find_if(text.begin(), text.end(), IsInvisibleMark);
  if (first == text.end()) return false;
  out->text.clear();
  out->original.clear();
  out->text.reserve(text.size());
  out->original.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsInvisibleMark(text[i])) continue;
    out->text.push_back(text[i]);
    out->original.push_back(static_cast<int32_t>(i));
  }
  out->original.push_back(static_cast<int32_t>(text.size()));
  return true;
}

}  // namespace leselupe
