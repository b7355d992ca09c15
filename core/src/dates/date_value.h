// Date values: calendar points of a granularity (day, ISO week, month, year), intervals of
// two points, their ISO 8601 form, and the choice among candidate years by direction.
// Pure functions; everything is bounds-checked (years kMinValueYear..kMaxYear).
//
// Years before the common era are astronomical, as ISO 8601 expanded years: 1 BC is 0000,
// 499 BC is -0498 (the year number minus one, negated).
#ifndef LESELUPE_DATES_DATE_VALUE_H_
#define LESELUPE_DATES_DATE_VALUE_H_

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

#include "dates/calendar_math.h"

namespace leselupe::dates {

struct HolidayRule;

constexpr int32_t kUnset = INT32_MIN;  // a field no pattern element filled
constexpr int64_t kMaxCount = 100000;  // "vor 99999 Jahren" resolves to nothing, safely
constexpr int64_t kMinValueYear = -9998;  // 9999 BC

// Parts of a day (TimeML codes): the value of a CLDR day period.
enum PartOfDay : uint8_t { kPodNone = 0, kPodMorning, kPodMidday, kPodAfternoon, kPodEvening,
                           kPodNight };

enum class Gran : uint8_t { kNone, kDay, kWeek, kMonth, kYear };

struct Point {
  Gran g = Gran::kNone;
  int64_t y = 0;
  int m = 0;  // month, or the week number for kWeek
  int d = 0;
  // A day may carry a clock time (hour 0..23, minute 0..59) or else a part of the day.
  int hour = -1;
  int minute = -1;
  uint8_t pod = kPodNone;
};

struct Value {
  Point a, b;
  bool interval = false;
  int32_t mod = 0;  // 0 none, 1 START, 2 MID, 3 END (the `part` values of the grammar)
};

bool InRange(int64_t y);
Point DayPoint(int64_t days);
Point WeekPoint(int64_t days);
Point MonthPoint(int64_t y, int m);
Point YearPoint(int64_t y);

// The days a point covers; false when it is outside the year range or no valid date.
bool Bounds(const Point& p, int64_t* lo, int64_t* hi);
bool ValueBounds(const Value& v, int64_t* lo, int64_t* hi);

// ISO 8601: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, or START/END; a day with a clock time
// YYYY-MM-DDThh:mm, with a part of the day YYYY-MM-DDTMO (MI, AF, EV, NI); a year before the
// common era -YYYY. Empty when invalid (also an interval that ends before it starts).
std::string Format(const Value& v);
// "START", "MID", "END" or empty.
const char* ModName(int32_t mod);

// How to pick among the candidates of a year-less or week-less expression.
enum class Dir : uint8_t {
  kPast,          // the latest that starts on or before the reference date
  kFuture,        // the earliest that ends on or after it
  kClosest,       // the nearest (0 if it contains the date); ties to the past
  kStrictPast,    // the latest that ends before it ("vergangenen November")
  kStrictFuture,  // the earliest that starts after it ("kommenden Dienstag")
  kContain,       // the one that contains it, else the nearest; ties to the future
};

// Picks among make(k, &value) for k in [-2, 2] the one `dir` prefers relative to day `ref`.
template <typename Make>
bool Choose(const Make& make, Dir dir, int64_t ref, Value* out) {
  bool found = false;
  int64_t best_key = 0;
  for (int k = -2; k <= 2; ++k) {
    Value v;
    if (!make(k, &v)) continue;
    int64_t lo = 0, hi = 0;
    if (!ValueBounds(v, &lo, &hi)) continue;
    int64_t key = 0;
    bool ok = true;
    const int64_t dist = ref < lo ? lo - ref : ref > hi ? ref - hi : 0;
    switch (dir) {
      case Dir::kPast: ok = lo <= ref; key = -lo; break;
      case Dir::kFuture: ok = hi >= ref; key = lo; break;
      case Dir::kStrictPast: ok = hi < ref; key = -lo; break;
      case Dir::kStrictFuture: ok = lo > ref; key = lo; break;
      case Dir::kClosest: key = dist * 4 + (lo > ref ? 1 : 0); break;
      case Dir::kContain: key = dist * 4 + (hi < ref ? 1 : 0); break;
    }
    if (!ok) continue;
    if (!found || key < best_key) {
      found = true;
      best_key = key;
      *out = v;
    }
  }
  return found;
}

// The point `n` units (kUnitDay … kUnitYear) away from day `ref_days`, at that unit's
// granularity ("vor zwei Wochen" is a week).
bool ShiftUnit(int64_t ref_days, int32_t unit, int64_t n, Point* out);

// Meteorological seasons: 0 spring (Mar–May) … 3 winter (Dec–Feb of the next year).
Value SeasonValue(int32_t season, int64_t y);

// The day of a holiday in year y; false when it has none (or y is out of range).
bool HolidayDays(const HolidayRule& h, int64_t y, int64_t* days);

// Parses a valid YYYY-MM-DD into a day number; false otherwise.
bool ParseReferenceDate(std::string_view date, int64_t* days);

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_VALUE_H_
