// The text as a reader sees it. Pages put marks inside words that are not shown: soft hyphens
// (U+00AD) as hyphenation hints ("Vladi&shy;mir"), zero-width spaces (U+200B), word joiners
// (U+2060) and zero-width no-break spaces (U+FEFF) as line-break hints; and they set narrow
// no-break spaces (U+202F) between the parts of a name or a date ("4.&#8239;April"), which
// Unicode's word rules join into one word as if it were an underscore. The core reads the text
// without the marks and with plain no-break spaces, and maps what it finds back to the offsets
// of the text it was given.
#ifndef LESELUPE_TEXT_VISIBLE_TEXT_H_
#define LESELUPE_TEXT_VISIBLE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leselupe {

inline bool IsInvisibleMark(char16_t c) {
  return c == u'\u00AD' || c == u'\u200B' || c == u'\u2060' || c == u'\uFEFF';
}

// A text as read, and for each of its units the offset of that unit in the original text
// (one more entry: the original's length).
struct VisibleText {
  std::u16string text;
  std::vector<int32_t> original;

  // The original span of the span [start, end) of `text`: from its first unit to just after
  // its last, so that marks at either edge stay outside.
  int32_t Start(int32_t start) const { return original[static_cast<size_t>(start)]; }
  int32_t End(int32_t start, int32_t end) const {
    return end > start ? original[static_cast<size_t>(end) - 1] + 1 : Start(start);
  }
};

// Fills `out` and returns true when `text` holds an invisible mark or a narrow no-break space;
// returns false (and leaves `out` alone) when it holds neither: the text is read as it is.
bool ReadVisibleText(std::u16string_view text, VisibleText* out);

}  // namespace leselupe

#endif  // LESELUPE_TEXT_VISIBLE_TEXT_H_
