// Invisible marks: the soft hyphens (U+00AD), zero-width spaces (U+200B), word joiners (U+2060)
// and zero-width no-break spaces (U+FEFF) that pages put inside words as hyphenation and line
// break hints ("Vladi&shy;mir", "Bundes&shy;kanzler"). They are not shown, but they split a word
// for every list and model: the core reads the text without them and maps what it finds back
// to the offsets of the text it was given.
#ifndef LESELUPE_TEXT_INVISIBLE_MARKS_H_
#define LESELUPE_TEXT_INVISIBLE_MARKS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leselupe {

inline bool IsInvisibleMark(char16_t c) {
  return c == u'\u00AD' || c == u'\u200B' || c == u'\u2060' || c == u'\uFEFF';
}

// A text without its invisible marks, and for each of its units the offset of that unit in
// the original text (one more entry: the original's length).
struct VisibleText {
  std::u16string text;
  std::vector<int32_t> original;

  // The original span of the visible span [start, end): from its first unit to just after its
  // last, so that marks at either edge stay outside.
  int32_t Start(int32_t start) const { return original[static_cast<size_t>(start)]; }
  int32_t End(int32_t start, int32_t end) const {
    return end > start ? original[static_cast<size_t>(end) - 1] + 1 : Start(start);
  }
};

// Fills `out` and returns true when `text` holds an invisible mark; returns false (and leaves
// `out` alone) when it holds none: the text is analysed as it is.
bool RemoveInvisibleMarks(std::u16string_view text, VisibleText* out);

}  // namespace leselupe

#endif  // LESELUPE_TEXT_INVISIBLE_MARKS_H_
