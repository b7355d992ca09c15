#include "text/visible_text.h"

namespace leselupe {

namespace {

constexpr char16_t kNarrowNoBreakSpace = u'\u202F';

// Whether any unit of `text` is an invisible mark or a narrow no-break space. Most texts hold
// none and are read whole: every mark lies at or above U+00AD, and most units below it.
bool HasMarks(std::u16string_view text) {
  for (const char16_t c : text) {
    if (c >= u'\u00AD' && (IsInvisibleMark(c) || c == kNarrowNoBreakSpace)) return true;
  }
  return false;
}

}  // namespace

bool ReadVisibleText(std::u16string_view text, VisibleText* out) {
  if (!HasMarks(text)) return false;
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
