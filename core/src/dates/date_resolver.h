// The resolver: turns a match into a value against the reference date, the tense, and the
// dates mentioned before it in the document.
#ifndef LESELUPE_DATES_DATE_RESOLVER_H_
#define LESELUPE_DATES_DATE_RESOLVER_H_

#include <cstdint>

#include "dates/date_focus.h"
#include "dates/date_matcher.h"
#include "dates/date_tense.h"
#include "dates/date_value.h"

namespace leselupe::dates {

enum class Outcome : uint8_t {
  kValue,    // *out holds the value
  kNoValue,  // a date, but it cannot be placed (no reference date, out of range, …)
  kReject,   // no date after all ("in sechs Wochen" in a past sentence is a duration)
};

class Resolver {
 public:
  // `has_ref`: whether `ref` (a day number) is the document's reference date.
  Resolver(const DateTokens& toks, bool has_ref, int64_t ref)
      : toks_(toks), g_(toks.grammar()), has_ref_(has_ref), ref_(ref), focus_(has_ref, ref) {}

  // Candidates must come in text order; Remember each resolved one before the next.
  // `source` tells how the value got its year.
  Outcome Resolve(const Candidate& c, const TenseInfo& tense, Value* out, Source* source) const;
  // A date found and formatted: the document's focus moves (`flashback`: its sentence looks
  // back from the story's time), it anchors "two days later", and a year named in a clause
  // holds for the year-less dates after it in that clause.
  void Remember(const Candidate& c, const Value& v, Source source, bool flashback);

 private:
  struct Ctx {
    const Candidate& c;
    const Pattern& p;
    const Cells& A;
    const Cells& B;
    Tense tense;          // strong tense only: for months, seasons, years
    Tense weekday_tense;  // any tense: weekdays follow verb endings too
    bool year_context;    // a year named earlier in the same clause
    Ymd r;                // the reference date
    Source* source;       // out: how the value got its year
  };
  // The year of a year-less expression, make(year, &value): the clause's year, else the
  // focus, else the candidate around the reference date `dir` prefers.
  template <typename Make>
  bool YearLess(const Ctx& x, const Make& make, Dir dir, Value* out) const;
  // The year a shift names ("last year's Easter", "im Sommer des Vorjahres") around the
  // reference date; without a shift, YearLess in the tense's direction.
  template <typename Make>
  bool YearOfShift(const Ctx& x, const Make& make, Value* out) const;
  bool Date(const Ctx& x, Value* v) const;
  bool Weekday(const Ctx& x, Value* v) const;
  bool Shifted(const Ctx& x, Value* v) const;  // relday, relative, ago, ahead
  bool Anchored(const Ctx& x, Value* v) const;  // later, earlier
  bool Season(const Ctx& x, Value* v) const;
  bool Part(const Ctx& x, Value* v) const;      // quarter, half
  bool Span(const Ctx& x, Value* v) const;      // decade, century
  bool Holiday(const Ctx& x, Value* v) const;
  bool Range(const Ctx& x, Value* v) const;
  bool Same(const Ctx& x, Value* v) const;      // "am selben Tag"
  int64_t WrittenYear(const Ctx& x) const;
  bool YearContext(const Candidate& c) const;

  const DateTokens& toks_;
  const DateGrammar& g_;
  const bool has_ref_;
  const int64_t ref_;
  Focus focus_;
  bool has_anchor_ = false;
  Point anchor_;
  int32_t year_context_token_ = -1;
  int64_t year_context_ = 0;
};

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_RESOLVER_H_
