// Tense: does the sentence around a date look back or ahead? A deciding preposition right
// before the date wins ("bis Dienstag", "since Christmas"); otherwise the sentence's tense
// words vote, weighted by distance, less across clause boundaries. The words are data.
#ifndef LESELUPE_DATES_DATE_TENSE_H_
#define LESELUPE_DATES_DATE_TENSE_H_

#include <cstdint>
#include <vector>

#include "dates/date_tokens.h"

namespace leselupe::dates {

enum class Tense : uint8_t { kNone, kPast, kFuture };

// The tense a date is read in; `strong` when a word of the tense lists (or a preposition)
// says so, not only a verb ending.
struct TenseInfo {
  Tense tense = Tense::kNone;
  bool strong = false;
};

// The tense of the date spanning tokens [first, last]; tokens with in_date[i] set (other
// dates) do not vote.
TenseInfo TenseAt(const DateTokens& toks, const std::vector<uint8_t>& in_date, int32_t first,
                  int32_t last);

// Whether a word of the sentence around tokens [first, last] has the word flag `cue`.
bool SentenceHas(const DateTokens& toks, const std::vector<uint8_t>& in_date, int32_t first,
                 int32_t last, uint32_t cue);

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_TENSE_H_
