// The pattern matcher: tries the grammar's patterns at every token, keeps the longest match
// that the filters accept, and drops shorter matches that overlap a longer one.
#ifndef LESELUPE_DATES_DATE_MATCHER_H_
#define LESELUPE_DATES_DATE_MATCHER_H_

#include <cstdint>
#include <vector>

#include "dates/date_tokens.h"
#include "dates/date_value.h"

namespace leselupe::dates {

// Fields a pattern fills; each has two cells (A, B) for ranges.
enum Field : int {
  fDay, fMonth, fYear, fYY, fWeekday, fRelDay, fN, fUnit, fShift, fSeason, fHoliday,
  fOrdinal, fDecade, fRelUnit, fPeriod, fEra, fHour, fMinute, kFields
};

struct Cells {
  int32_t v[kFields];
};

struct MatchState {
  Cells a, b;
  int32_t mod = 0;
  int32_t content_first = -1;  // token indices of the span
  int32_t content_last = -1;
  int32_t content_slots = 0;
  uint8_t lex_flags = 0;       // union of the flags of the lexicon entries used
  bool decade2 = false;
  bool numeric_only = true;    // only number slots and marks
  bool has_day_or_year = false;
};

void InitState(MatchState* s);
// Fills cell A of field f, else cell B; false when both are taken.
bool SetField(MatchState* s, Field f, int32_t v);

struct Candidate {
  int32_t first = 0, last = 0;  // tokens
  int32_t start = 0, end = 0;   // UTF-16
  int32_t pattern = 0;
  MatchState state;
};

// Every accepted match, longest first where they overlap, in text order.
std::vector<Candidate> MatchDates(const DateTokens& toks);

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_MATCHER_H_
