// Quotation-mark pairing: finds the spans between matching marks („…“, »…«, “…”, "…", ‚…‘,
// ‘…’, «…»), tells apostrophes and inch marks from quotes, and follows the German convention
// of reopening a quote at each paragraph it continues into.
#ifndef LESELUPE_QUOTES_QUOTE_MARKS_H_
#define LESELUPE_QUOTES_QUOTE_MARKS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace leselupe {

class Document;
struct Table;

struct QuoteSpan {
  int32_t open = 0;         // offset of the opening mark
  int32_t close = -1;       // offset of the closing mark; -1 when the paragraph ends first
  int32_t start = 0;        // the text between the marks, trimmed
  int32_t end = 0;
  bool single = false;      // ‚…‘ / ‘…’ / '…'
  bool nested = false;      // lies inside another quote
};

class QuoteMarks {
 public:
  // From a table of "open<TAB>close<TAB>double|single" rows (<lang>/quote_marks).
  bool Load(const Table* table, std::string* error);

  // Whether `c` is one of the language's quotation marks (opening or closing). The one list of
  // quote characters: every recognizer asks here instead of keeping its own.
  bool IsMark(char16_t c) const { return marks_.find(c) != std::u16string::npos; }

  // All quote spans of the document, in order of their opening mark.
  std::vector<QuoteSpan> Find(const Document& doc) const;

 private:
  struct Pair {
    char16_t open;
    char16_t close;
    bool single;
  };
  bool IsOpen(char16_t c) const;
  bool IsClose(char16_t c) const;
  const Pair* Match(char16_t open, char16_t close) const;
  std::vector<Pair> pairs_;
  std::u16string marks_;  // every open or close character, for a quick first test
  // What each ASCII character is to the scan (quote_marks.cc: kAsciiMark, kAsciiContent bits):
  // one look-up per ASCII character instead of a search of marks_. Digits, letters and the
  // space never stop it.
  uint8_t ascii_kind_[0x80] = {};
  // The ASCII characters with kAsciiMark (the first again where there is one), for the scan's
  // vector tests; -1: none or more than kMaxAsciiMarks, no vector tests.
  static constexpr int kMaxAsciiMarks = 2;
  char16_t ascii_marks_[kMaxAsciiMarks] = {};
  int ascii_mark_count_ = -1;
};

}  // namespace leselupe

#endif  // LESELUPE_QUOTES_QUOTE_MARKS_H_
