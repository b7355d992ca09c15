// The document's temporal focus: where in time the text is at a mention. A history feature
// moves it to the dates it names ("Am 1. September 1939 … am 3. September"); a news report
// stays near its reference date, and a year it names in words ("seit Anfang dieses Jahres",
// "im vergangenen Jahr") becomes the year of the days and months after it. The resolver asks
// the focus for the year of a day or month written without one.
//
// Why so cautious: news mentions years in passing ("seit 2021", "bis 2027", "in zwanzig
// Jahren"); letting any of them move the focus misplaces the year-less dates after them.
// Only a written day well before the reference date starts a story, and not in passing
// (after "seit"/"since", or in a flashback: "war … gestohlen worden", "had"); a date
// counted from the reference date ("heute", "kommenden Sonntag") ends it.
// A year named in words moves the year-less dates only when it is the current year.
#ifndef LESELUPE_DATES_DATE_FOCUS_H_
#define LESELUPE_DATES_DATE_FOCUS_H_

#include <cstdint>

#include "dates/date_tense.h"
#include "dates/date_value.h"

namespace leselupe::dates {

// How a date got its year, which decides what it does to the focus.
enum class Source : uint8_t {
  kWritten,    // a year in the text ("1939", "im Jahr 2019")
  kReference,  // counted from the reference date ("heute", "vergangenes Jahr")
  kFocus,      // a year-less date placed by the focus: it refines the story's month and day
  kTense,      // a year-less date placed around the reference date by the tense
};

class Focus {
 public:
  // `ref` is the reference date (a day number) when `has_ref`.
  Focus(bool has_ref, int64_t ref) : has_ref_(has_ref), ref_(ref) {}

  // A date found in `paragraph`, with its value and how it got its year; `passing`: named
  // in passing (after "seit", in a flashback sentence), it starts no story.
  void Update(const Value& v, Source source, int32_t paragraph, bool passing);

  // The value of a year-less expression in the focus; make(year, &value) builds it for a
  // year. `tense` is the sentence's tense, `strong` whether tense words (not only verb
  // endings) say so. False when the focus has nothing to say (then the tense decides
  // around the reference date).
  //  - a story (a written date two or more years before the reference date): its year, for
  //    a past sentence, or in the story's paragraph for a sentence without tense;
  //  - a day or month written with its year near the reference date: its year, for a past
  //    sentence of the same paragraph, if that is not after the reference date;
  //  - the current year named ("dieses Jahres", "2026 wird"): that year when the tense agrees
  //    (a past date on or before the reference date, a future one on or after it).
  template <typename Make>
  bool Propose(const Make& make, Tense tense, bool strong, int32_t paragraph, Value* out) const {
    Value v;
    int64_t lo = 0, hi = 0;
    if (has_story_) {
      if (tense != Tense::kPast && !(tense == Tense::kNone && paragraph == story_paragraph_))
        return false;
      if (!make(story_.y, &v) || !ValueBounds(v, &lo, &hi)) return false;
      *out = v;
      return true;
    }
    if (!has_ref_) return false;
    // A full date written near the reference date holds for a year-less one after it in the
    // same or the next paragraph, in a past sentence ("am 17. April 2025 …", then "am 17.
    // April um 10:15 Uhr").
    if (has_recent_ && paragraph - recent_paragraph_ <= 1 && tense == Tense::kPast &&
        make(recent_year_, &v) && ValueBounds(v, &lo, &hi) && hi <= ref_) {
      *out = v;
      return true;
    }
    if (!has_named_year_) return false;
    if (!make(named_year_, &v) || !ValueBounds(v, &lo, &hi)) return false;
    const Tense t = strong ? tense : Tense::kNone;
    if (t == Tense::kPast && lo > ref_) return false;
    if (t == Tense::kFuture && hi < ref_) return false;
    *out = v;
    return true;
  }

  // The day a weekday in a past sentence of a story counts from (the story's day); false
  // outside a story or when the story is known only to the month.
  bool StoryDay(Tense tense, int64_t* day) const;

 private:
  const bool has_ref_;
  const int64_t ref_;
  bool has_story_ = false;
  Point story_;  // the story's date, at the finest granularity known
  int32_t story_paragraph_ = -1;
  bool has_recent_ = false;        // a day or month with its year, near the reference date
  int64_t recent_year_ = 0;
  int32_t recent_paragraph_ = -1;
  bool has_named_year_ = false;    // the current year was named in words
  int64_t named_year_ = 0;
};

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_FOCUS_H_
