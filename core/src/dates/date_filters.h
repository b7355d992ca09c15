// Filters: a pattern matched, but the words around it say it is no date — a count or price
// ("2000 Euro", "1400 hessischen Truppen"), a clock time ("um 14.30."), a code ("TOI-5871"),
// "bis heute" (up to now), "jeden Samstag" (a habit). The words are data (dates.tsv).
#ifndef LESELUPE_DATES_DATE_FILTERS_H_
#define LESELUPE_DATES_DATE_FILTERS_H_

#include "dates/date_matcher.h"

namespace leselupe::dates {

// True when the match `s` of pattern `p` may stand as a date where it is.
bool AcceptMatch(const DateTokens& toks, const Pattern& p, const MatchState& s);

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_FILTERS_H_
