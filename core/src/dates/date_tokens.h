// The document's tokens as the date grammar sees them: lexicon options (month, weekday, …),
// number shapes ("18.2", "18.02.2025", "1990er", "19th"), compounds ("Dienstagabend") and
// the tense cues of each word. Built once per document, in buffers kept per thread.
#ifndef LESELUPE_DATES_DATE_TOKENS_H_
#define LESELUPE_DATES_DATE_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_grammar.h"
#include "text/document.h"

namespace leselupe::dates {

constexpr int32_t kCompoundBit = 1 << 30;  // a lexicon option that came from a compound word
constexpr uint32_t kWeakPast = kCuePast << 16;  // a past cue from a verb ending only

enum Shape : uint8_t { kShapeNone, kShapeDigits, kShapeDM, kShapeDMY };

struct Tok {
  const WordInfo* word = nullptr;  // the token's word (literals, cues), if known
  uint32_t cue = 0;                // word flags (kCue…) incl. derived suffix cues (kWeakPast)
  uint32_t lex_begin = 0;          // lexicon options in DateTokens::lex
  uint16_t lex_count = 0;
  Shape shape = kShapeNone;
  uint8_t ndigits = 0;
  int32_t num = -1;                // digits: the value (up to 9 digits)
  int32_t decade = -1;             // "1990er", "1990s": 1990; "90s": 100090 (two digits)
  int16_t y = 0;                   // DMY year (two digits when yy2)
  int16_t hm = -1;                 // "4.45", "10.17": hour * 100 + minute
  bool yy2 = false;                // "1.9.39": the year has two digits
  int8_t d = 0, m = 0;             // DM / DMY day and month
  int8_t ordinal = -1;             // "19th"
  bool possessive = false;         // "Tuesday's": the lookup used the stem
  bool upper = false;
  bool starts = false;             // first of a sentence, or after an opening mark
  bool lower_word = false;         // a word starting with a lower-case letter
  bool participle = false;         // "gestorben", "angekündigt" (by the data's affixes)
};

class DateTokens {
 public:
  DateTokens(const Document& doc, const DateGrammar& grammar);

  const Document& doc() const { return doc_; }
  const DateGrammar& grammar() const { return g_; }
  int32_t size() const { return static_cast<int32_t>(toks_.size()); }
  const Tok& operator[](int32_t i) const { return toks_[static_cast<size_t>(i)]; }
  const Token& token(int32_t i) const { return doc_.tokens()[static_cast<size_t>(i)]; }
  std::u16string_view text(int32_t i) const { return doc_.TokenText(static_cast<size_t>(i)); }
  // The first character of token i (punctuation tokens are one mark).
  char16_t first_char(int32_t i) const {
    return doc_.text()[static_cast<size_t>(token(i).start)];
  }
  // The lexicon entry id of option k of token t (kCompoundBit cleared) and whether it came
  // from a compound word.
  int32_t lex(const Tok& t, uint32_t k, bool* compound = nullptr) const {
    const int32_t id = lex_[t.lex_begin + k];
    if (compound) *compound = (id & kCompoundBit) != 0;
    return id & ~kCompoundBit;
  }

 private:
  // `has_apostrophe`: the token holds an apostrophe (IsApostrophe).
  void PrepareWord(int32_t i, Tok* t, bool has_apostrophe);
  void PrepareNumber(int32_t i, Tok* t);
  void AddLex(int32_t entry) { lex_.push_back(entry); }

  const Document& doc_;
  const DateGrammar& g_;
  // Kept per thread: a document's scan allocates nothing once the buffer has grown
  // (Annotate may run on several threads at once).
  std::vector<Tok>& toks_;
  std::vector<int32_t> lex_;
  std::u16string buf_;
};

bool IsDigits(std::u16string_view s);
int32_t DigitsValue(std::u16string_view s);  // s: 1..9 digits

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_TOKENS_H_
