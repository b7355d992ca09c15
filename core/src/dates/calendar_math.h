// Proleptic Gregorian calendar arithmetic for the date recognizer: day numbers, weekdays,
// ISO weeks, Easter. Pure functions over int64_t, valid for any input (no overflow for
// |year| < 10^12); callers check the output range (years 1..9999) before formatting.
#ifndef LESELUPE_DATES_CALENDAR_MATH_H_
#define LESELUPE_DATES_CALENDAR_MATH_H_

#include <cstdint>

namespace leselupe::dates {

constexpr int64_t kMinYear = 1;
constexpr int64_t kMaxYear = 9999;

struct Ymd {
  int64_t y = 0;
  int m = 0;  // 1..12
  int d = 0;  // 1..31
};

bool IsLeapYear(int64_t y);
int DaysInMonth(int64_t y, int m);  // 0 for a month outside 1..12
bool IsValidDate(int64_t y, int m, int d);

// Days since 1970-01-01 (negative before). Expects a valid month and day.
int64_t DaysFromCivil(int64_t y, int m, int d);
Ymd CivilFromDays(int64_t days);

// 1 = Monday … 7 = Sunday.
int Weekday(int64_t days);

// ISO 8601 week: the week-numbering year and week 1..53 of a day.
void IsoWeek(int64_t days, int64_t* iso_year, int* week);
// The Monday of ISO week 1 of `iso_year`.
int64_t IsoWeekOneMonday(int64_t iso_year);

// Easter Sunday (Western, Gregorian computus) of year `y`, as a day number.
int64_t EasterSunday(int64_t y);

// The n-th (1..5) or, for n = -1, the last weekday `wd` (1..7) of month m; false if none.
bool NthWeekdayOfMonth(int64_t y, int m, int wd, int n, int64_t* days);

// Adds months to (y, m) without overflow for sane inputs.
void AddMonths(int64_t* y, int* m, int64_t months);

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_CALENDAR_MATH_H_
