// PlainWordBreak: the next word boundary of a text where ICU's word rules are simple to follow
// — words of letters, numbers, spaces, line breaks, single marks — and nothing where they are
// not. ICU's rule machine costs about a hundred instructions a character, a tenth of all the
// annotation's work; most of a news text is such plain words, which this reads in a few.
// Document asks ICU for every boundary this does not give, so the tokens are ICU's alike.
//
// ICU's rules (root word.txt, UAX #29 tailored) start each segment afresh at a boundary: the
// segment from a boundary depends on the text from there on only. This follows them for
// characters whose Word_Break class (ICU's own property data) is ALetter outside the scripts
// ICU cuts with a dictionary, Numeric, WSegSpace, CR, LF, the middle marks (MidLetter,
// MidNum, MidNumLet, Single_Quote) and Other, and gives up on anything else (Extend and Format
// marks, which attach to what precedes them; ExtendNumLet; Hebrew; Katakana; ideographs;
// emoji joiners), on a letter followed by a digit or a digit by a letter (rules WB9, WB10,
// whose chains and statuses it does not follow), and at a middle mark before such a character.
// The tests hold it to ICU on random texts of every class it reads.
#ifndef LESELUPE_TEXT_WORD_BREAKS_H_
#define LESELUPE_TEXT_WORD_BREAKS_H_

#include <cstdint>
#include <string_view>

namespace leselupe {

// Whether the segment from the boundary `start` (< text.size()) is one this reads: then its
// end and ICU's rule status (UBRK_WORD_NONE 0 for spaces and marks, UBRK_WORD_NUMBER 100,
// UBRK_WORD_LETTER 200) are set.
bool PlainWordBreak(std::u16string_view text, int32_t start, int32_t* end, int32_t* status);

// The same for the segments that follow one another from `start` while they are plain, at most
// kMaxPlainSegments: their ends and statuses, in order (none: the first is not plain). One call
// for many segments, for Document's loop.
struct WordSegment {
  int32_t end;
  int32_t status;
};
constexpr size_t kMaxPlainSegments = 256;
size_t PlainWordBreaks(std::u16string_view text, int32_t start, WordSegment* out);

}  // namespace leselupe

#endif  // LESELUPE_TEXT_WORD_BREAKS_H_
