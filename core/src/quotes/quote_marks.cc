#include "quotes/quote_marks.h"

#include <algorithm>

#include "text/document.h"
#include "text/vectors.h"
#include "resources.h"
#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace {

// How far down the stack a closing mark may look for its opener. Openers skipped over are
// unbalanced and dropped; the bound keeps thousands of stray marks linear.
constexpr size_t kMaxStackSearch = 4;

bool IsOpeningContext(char32_t c) {
  // Start of text, space, opening brackets, dashes, colons: a mark after these opens. The
  // full-width colon (and its small and vertical forms) is how Chinese and Japanese text
  // introduce speech, with no space before the mark: 他说：“…”.
  return c == 0 || IsSpace(c) || c == U'(' || c == U'[' || c == U'{' || c == U'/' ||
         IsDash(c) || c == U':' || c == U'\uFF1A' || c == U'\uFE55' || c == U'\uFE13';
}

struct Open {
  char16_t mark;
  int32_t pos;
};

// The bits of QuoteMarks::ascii_kind_: a mark the scan stops at; a letter or digit.
constexpr uint8_t kAsciiMark = 1, kAsciiContent = 2;

// Characters the scan never stops at, before any look-up: digits, letters and the space.
bool NeverMark(char16_t c) {
  return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'z' && c != u'`') || c == u' ';
}

// A letter, digit or surrogate (a quote must hold one to be one); `ascii_kind`:
// QuoteMarks::ascii_kind_.
bool IsContent(char16_t c, const uint8_t* ascii_kind) {
  if (c < 0x80) return ascii_kind[c] & kAsciiContent;
  return IsLetter(c) || IsDigit(c) || (c >= 0xD800 && c <= 0xDFFF);
}

constexpr Units8 kLaneIndex = {0, 1, 2, 3, 4, 5, 6, 7};
// SkipToMark's vector tests' constants, whole vectors (a scalar operand crashes clang 14).
constexpr Units8 kBeyondAscii = {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80};
constexpr Units8 kLowerCaseBit = {0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20};
constexpr Units8 kSmallA = {u'a', u'a', u'a', u'a', u'a', u'a', u'a', u'a'};
constexpr Units8 kLetters = {26, 26, 26, 26, 26, 26, 26, 26};
constexpr Units8 kDigitZero = {u'0', u'0', u'0', u'0', u'0', u'0', u'0', u'0'};
constexpr Units8 kDigits = {10, 10, 10, 10, 10, 10, 10, 10};

// The first unit of text[i, end) that may be a quotation mark (ASCII: by `ascii_kind`; beyond:
// one of `marks`), or `end`; `last_content` follows the content units passed. Nearly every
// unit is passed here, in a function of its own whose few values stay in registers (inlined
// into the scan, they were spilled around the mark handling). ASCII units other than the two
// `ascii_marks` (the ASCII characters with kAsciiMark, a mark twice where there is one; most of
// a text) are passed eight at a time with a few vector tests (plain code where the target has
// no vectors), their last letter or digit found from a lane mask; the others (a mark, anything
// beyond ASCII) one at a time. `ascii_marks` null: all one at a time.
__attribute__((noinline)) int32_t SkipToMark(std::u16string_view text, int32_t i, int32_t end,
                                             const uint8_t* ascii_kind, std::u16string_view marks,
                                             const char16_t* ascii_marks, int32_t* last_content) {
  int32_t last = *last_content;
  const char16_t none = 0xFFFF;  // beyond ASCII: stops the vector test anyway
  const uint16_t m0 = ascii_marks ? ascii_marks[0] : none, m1 = ascii_marks ? ascii_marks[1] : none;
  const Units8 mark0 = {m0, m0, m0, m0, m0, m0, m0, m0}, mark1 = {m1, m1, m1, m1, m1, m1, m1, m1};
  while (i < end) {
    for (; ascii_marks && i + 8 <= end;) {
      const Units8 units = LoadUnits8(text.data() + i);
      const Units8 stops = (units >= kBeyondAscii) | (units == mark0) | (units == mark1);
      const Units8 content = ((units | kLowerCaseBit) - kSmallA < kLetters) | (units - kDigitZero < kDigits);
      const int plain = FirstLane(stops);  // the units before it are plain ASCII
      const auto p = static_cast<uint16_t>(plain);
      const Units8 before_plain = {p, p, p, p, p, p, p, p};
      const int lane = LastLane(plain == 8 ? content : content & (kLaneIndex < before_plain));
      if (lane >= 0) last = i + lane;
      i += plain;
      if (plain < 8) break;
    }
    if (i >= end) break;
    const char16_t c = text[static_cast<size_t>(i)];
    if (c < 0x80 ? (ascii_kind[c] & kAsciiMark) : marks.find(c) != std::u16string_view::npos) break;
    if (IsContent(c, ascii_kind)) last = i;
    ++i;
  }
  *last_content = last;
  return i;
}

}  // namespace

bool QuoteMarks::Load(const Table* table, std::string* error) {
  if (!table) {
    *error = "data: missing quote_marks table";
    return false;
  }
  for (char16_t c = 0; c < 0x80; ++c) {
    const bool letter_or_digit = (c >= u'0' && c <= u'9') || ((c | 0x20) >= u'a' && (c | 0x20) <= u'z');
    ascii_kind_[c] = letter_or_digit ? kAsciiContent : 0;
  }
  for (const auto& row : table->rows) {
    std::u16string open = FromUtf8(row.size() > 0 ? row[0] : "");
    std::u16string close = FromUtf8(row.size() > 1 ? row[1] : "");
    if (open.size() != 1 || close.size() != 1) {
      *error = "data: quote_marks rows need one open and one close character";
      return false;
    }
    pairs_.push_back({open[0], close[0], row.size() > 2 && row[2] == "single"});
    for (char16_t c : {open[0], close[0]}) {
      if (marks_.find(c) == std::u16string::npos) marks_.push_back(c);
      if (c < 0x80 && !NeverMark(c)) ascii_kind_[c] |= kAsciiMark;
    }
  }
  // The ASCII marks for SkipToMark's vector tests: a few, or none of those tests.
  ascii_mark_count_ = 0;
  for (char16_t c = 0; c < 0x80; ++c) {
    if (!(ascii_kind_[c] & kAsciiMark)) continue;
    if (ascii_mark_count_ == kMaxAsciiMarks) {
      ascii_mark_count_ = -1;
      break;
    }
    ascii_marks_[ascii_mark_count_++] = c;
  }
  for (int k = ascii_mark_count_; k > 0 && k < kMaxAsciiMarks; ++k) ascii_marks_[k] = ascii_marks_[0];
  if (ascii_mark_count_ == 0) ascii_mark_count_ = -1;  // SkipToMark's vector test needs one
  return true;
}

bool QuoteMarks::IsOpen(char16_t c) const {
  return std::any_of(pairs_.begin(), pairs_.end(), [c](const Pair& p) { return p.open == c; });
}
bool QuoteMarks::IsClose(char16_t c) const {
  return std::any_of(pairs_.begin(), pairs_.end(), [c](const Pair& p) { return p.close == c; });
}
const QuoteMarks::Pair* QuoteMarks::Match(char16_t open, char16_t close) const {
  for (const Pair& p : pairs_) {
    if (p.open == open && p.close == close) return &p;
  }
  return nullptr;
}

std::vector<QuoteSpan> QuoteMarks::Find(const Document& doc) const {
  std::u16string_view text = doc.text();
  std::vector<QuoteSpan> out;
  const auto& paragraphs = doc.paragraphs();
  std::vector<Open> stack;
  // The last letter, digit or surrogate before the scan position in this paragraph: a span
  // has content iff it starts at or before it. (Scanning each span for content instead is
  // quadratic on deeply nested quotes.)
  int32_t last_content = -1;

  auto emit = [&](const Open& o, int32_t close, int32_t end_of_content) {
    QuoteSpan q;
    q.open = o.pos;
    q.close = close;
    q.start = o.pos + 1;
    q.end = end_of_content;
    while (q.start < q.end && IsSpace(text[static_cast<size_t>(q.start)])) ++q.start;
    while (q.end > q.start && IsSpace(text[static_cast<size_t>(q.end - 1)])) --q.end;
    const Pair* p = nullptr;
    for (const Pair& pair : pairs_) {
      if (pair.open == o.mark) p = &pair;
    }
    q.single = p && p->single;
    // Only spans with a letter or digit are quotes; „“ and „ … “ are not.
    bool has_content = last_content >= q.start && last_content < q.end;
    // Single marks around one letter are elisions (rock 'n' roll), not quotes.
    if (q.single && q.end - q.start < 2) has_content = false;
    if (has_content) out.push_back(q);
  };

  for (size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const Span para = paragraphs[pi];
    stack.clear();
    last_content = -1;
    // Each character is taken into last_content once it is done with (the loop's step).
    for (int32_t i = para.start; i < para.end;
         last_content = IsContent(text[static_cast<size_t>(i)], ascii_kind_) ? i : last_content, ++i) {
      // Letters, digits and spaces are never marks: skip them before the table look-ups.
      i = SkipToMark(text, i, para.end, ascii_kind_, marks_, ascii_mark_count_ >= 0 ? ascii_marks_ : nullptr,
                     &last_content);
      if (i == para.end) break;
      const char16_t c = text[static_cast<size_t>(i)];
      const bool can_open_char = IsOpen(c);
      const bool can_close_char = IsClose(c);
      if (!can_open_char && !can_close_char) continue;
      const char32_t before = i > para.start ? CodePointBefore(text, static_cast<size_t>(i)) : 0;
      size_t len = 0;
      const char32_t after = i + 1 < para.end ? CodePointAt(text, static_cast<size_t>(i + 1), &len) : 0;

      // Apostrophes (geht’s, Putin's, rock 'n' roll) and inch marks (12") are not quotes,
      // unless an opener of the same character is waiting for them.
      auto waiting_for = [&](char16_t close) {
        for (size_t k = 0; k < stack.size() && k < kMaxStackSearch; ++k) {
          if (Match(stack[stack.size() - 1 - k].mark, close)) return true;
        }
        return false;
      };
      if (IsLetter(before) && IsLetter(after) && IsApostrophe(c)) continue;
      if (IsDigit(before) && (c == u'"' || c == u'\'' || c == u'\u2033' || c == u'\u2032') && !waiting_for(c)) {
        continue;
      }

      // The marks are BMP characters: an astral code point before is never one (cutting it
      // to 16 bits would take U+1201E, a cuneiform letter, for „).
      const bool mark_before = before <= 0xFFFF && IsOpen(static_cast<char16_t>(before));
      const bool left_flanking = after != 0 && !IsSpace(after) && (IsOpeningContext(before) || mark_before);
      const bool right_flanking = before != 0 && !IsSpace(before);

      bool closed = false;
      if (can_close_char && right_flanking) {
        for (size_t k = 0; k < stack.size() && k < kMaxStackSearch; ++k) {
          size_t idx = stack.size() - 1 - k;
          if (Match(stack[idx].mark, c)) {
            Open o = stack[idx];
            stack.resize(idx);
            emit(o, i, i);
            closed = true;
            break;
          }
        }
      }
      if (closed) continue;
      // An apostrophe after a word (Hans’ Auto, the players’ union) with no opener waiting.
      if (IsApostrophe(c) && IsLetter(before)) continue;
      if (can_open_char && (left_flanking || (!right_flanking && after != 0 && !IsSpace(after)))) {
        stack.push_back({c, i});
      }
    }
    // Openers left at the end of the paragraph: a quote that continues into the next
    // paragraph, which opens again with the same mark (German and English convention).
    if (!stack.empty() && pi + 1 < paragraphs.size()) {
      const Span next = paragraphs[pi + 1];
      const char16_t first = text[static_cast<size_t>(next.start)];
      for (const Open& o : stack) {
        if (o.mark == first) {
          emit(o, -1, para.end);
          break;
        }
      }
    }
  }

  std::sort(out.begin(), out.end(), [](const QuoteSpan& a, const QuoteSpan& b) {
    return a.open < b.open;
  });
  // Mark quotes inside quotes: the outermost span is the quotation.
  int32_t outer_end = -1;
  for (QuoteSpan& q : out) {
    if (q.open < outer_end) q.nested = true;
    else outer_end = q.close >= 0 ? q.close : q.end;
  }
  return out;
}

}  // namespace leselupe
