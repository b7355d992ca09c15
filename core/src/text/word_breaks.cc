#include "text/word_breaks.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <array>

namespace leselupe {
namespace {

// What a character is to the rules followed here; kUnread: to ICU alone.
enum Class : uint8_t {
  kUnread = 0,
  kLetter,      // ALetter
  kDigit,       // Numeric
  kSpace,       // WSegSpace
  kCR,
  kLF,
  kMidLetter,   // MidLetter: joins letters only
  kMidNum,      // MidNum: joins digits only
  kMidNumLetQ,  // MidNumLet, Single_Quote: joins letters and digits
  kOther,       // Other (and Double_Quote, which joins Hebrew letters only, and those are unread)
};

// The characters read: Latin, Greek, Cyrillic and Armenian (no script there is cut with a
// dictionary), Latin Extended Additional, general punctuation and currency signs.
constexpr char32_t kTableSize = 0x20D0;
bool InReadRange(char32_t c) { return c < 0x0590 || (c >= 0x1E00 && c < 0x1F00) || c >= 0x2000; }

Class ClassOf(char32_t c) {
  if (!InReadRange(c)) return kUnread;
  // ICU's tailoring of the classes: '@' is a letter (an e-mail address is one word), the colon
  // no middle mark ("Ziel:Berlin" is three segments).
  if (c == u'@') return kLetter;
  if (c == u':') return kOther;
  switch (u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_WORD_BREAK)) {
    case U_WB_ALETTER: return kLetter;
    case U_WB_NUMERIC: return kDigit;
    case U_WB_WSEGSPACE: return kSpace;
    case U_WB_CR: return kCR;
    case U_WB_LF: return kLF;
    case U_WB_MIDLETTER: return kMidLetter;
    case U_WB_MIDNUM: return kMidNum;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE: return kMidNumLetQ;
    case U_WB_OTHER:
    case U_WB_DOUBLE_QUOTE: return kOther;
    default: return kUnread;
  }
}

// By UTF-16 unit below kTableSize, from ICU's property data once (surrogates are unread).
const std::array<uint8_t, kTableSize>& Classes() {
  static const std::array<uint8_t, kTableSize> table = [] {
    std::array<uint8_t, kTableSize> t{};
    for (char32_t c = 0; c < kTableSize; ++c) t[c] = (c >= 0xD800 && c < 0xE000) ? kUnread : ClassOf(c);
    return t;
  }();
  return table;
}

// PlainWordBreak with the class table in hand.
inline bool Break(const std::array<uint8_t, kTableSize>& classes, std::u16string_view text, int32_t start,
                  int32_t* end, int32_t* status) {
  const auto n = static_cast<int32_t>(text.size());
  const auto at = [&](int32_t i) -> Class {
    if (i >= n) return kOther;  // the text's end ends every segment, as a mark would
    const char16_t c = text[static_cast<size_t>(i)];
    return c < kTableSize ? static_cast<Class>(classes[c]) : kUnread;
  };
  // A run of `member` characters, and middle marks of `mid` (or kMidNumLetQ) between two
  // members (WB6, WB7; WB11, WB12).
  const auto run = [&](int32_t i, Class member, Class mid) {
    for (;;) {
      while (at(i) == member) ++i;
      const Class c = at(i);
      if ((c == mid || c == kMidNumLetQ) && i + 1 < n && at(i + 1) == member) {
        i += 2;
        continue;
      }
      return i;
    }
  };
  // The character after a segment, and the one after that where the first is a middle mark,
  // must not be one the rules attach (Extend, Format), join in ways not followed here (digits
  // to letters and back) or that this does not read.
  const auto ends_plainly = [&](int32_t i, Class refused) {
    const Class c = at(i);
    if (c == kUnread || c == refused) return false;
    if (c == kMidLetter || c == kMidNum || c == kMidNumLetQ) return at(i + 1) != kUnread;
    return true;
  };
  switch (at(start)) {
    case kLetter: {
      const int32_t e = run(start + 1, kLetter, kMidLetter);
      if (!ends_plainly(e, kDigit)) return false;
      *end = e;
      *status = UBRK_WORD_LETTER;
      return true;
    }
    case kDigit: {
      const int32_t e = run(start + 1, kDigit, kMidNum);
      if (!ends_plainly(e, kLetter)) return false;
      *end = e;
      *status = UBRK_WORD_NUMBER;
      return true;
    }
    case kSpace: {
      int32_t e = start + 1;
      while (at(e) == kSpace) ++e;  // WB3d
      if (at(e) == kUnread) return false;
      *end = e;
      *status = UBRK_WORD_NONE;
      return true;
    }
    case kCR:  // WB3, WB3a: nothing follows a line break in its segment but LF after CR
      *end = at(start + 1) == kLF ? start + 2 : start + 1;
      *status = UBRK_WORD_NONE;
      return true;
    case kLF:
      *end = start + 1;
      *status = UBRK_WORD_NONE;
      return true;
    case kMidLetter:
    case kMidNum:
    case kMidNumLetQ:
    case kOther:
      // A mark alone: nothing joins it to what follows but an Extend or Format mark (WB4).
      if (at(start + 1) == kUnread) return false;
      *end = start + 1;
      *status = UBRK_WORD_NONE;
      return true;
    default:
      return false;
  }
}

}  // namespace

bool PlainWordBreak(std::u16string_view text, int32_t start, int32_t* end, int32_t* status) {
  return Break(Classes(), text, start, end, status);
}

size_t PlainWordBreaks(std::u16string_view text, int32_t start, WordSegment* out) {
  const std::array<uint8_t, kTableSize>& classes = Classes();
  const auto n = static_cast<int32_t>(text.size());
  size_t count = 0;
  while (count < kMaxPlainSegments && start < n && Break(classes, text, start, &out[count].end, &out[count].status)) {
    start = out[count++].end;
  }
  return count;
}

}  // namespace leselupe
