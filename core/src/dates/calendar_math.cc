#include "dates/calendar_math.h"

namespace leselupe::dates {
namespace {

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t FloorMod(int64_t a, int64_t b) { return a - FloorDiv(a, b) * b; }

}  // namespace

bool IsLeapYear(int64_t y) { return FloorMod(y, 4) == 0 && (FloorMod(y, 100) != 0 || FloorMod(y, 400) == 0); }

int DaysInMonth(int64_t y, int m) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

bool IsValidDate(int64_t y, int m, int d) { return d >= 1 && d <= DaysInMonth(y, m); }

// H. Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  const int64_t era = FloorDiv(y, 400);
  const int64_t yoe = y - era * 400;
  const int64_t mp = (m + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = FloorDiv(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Ymd out;
  out.d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.y = yoe + era * 400 + (out.m <= 2);
  return out;
}

int Weekday(int64_t days) { return static_cast<int>(FloorMod(days + 3, 7)) + 1; }  // 1970-01-01: Thu

int64_t IsoWeekOneMonday(int64_t iso_year) {
  const int64_t jan4 = DaysFromCivil(iso_year, 1, 4);
  return jan4 - (Weekday(jan4) - 1);
}

void IsoWeek(int64_t days, int64_t* iso_year, int* week) {
  const int64_t thursday = days + (4 - Weekday(days));  // the Thursday of the same week
  const int64_t y = CivilFromDays(thursday).y;
  *iso_year = y;
  *week = static_cast<int>((thursday - DaysFromCivil(y, 1, 1)) / 7 + 1);
}

int64_t EasterSunday(int64_t y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher), with floor arithmetic.
  const int64_t a = FloorMod(y, 19);
  const int64_t b = FloorDiv(y, 100), c = FloorMod(y, 100);
  const int64_t d = FloorDiv(b, 4), e = FloorMod(b, 4);
  const int64_t f = FloorDiv(b + 8, 25);
  const int64_t g = FloorDiv(b - f + 1, 3);
  const int64_t h = FloorMod(19 * a + b - d - g + 15, 30);
  const int64_t i = FloorDiv(c, 4), k = FloorMod(c, 4);
  const int64_t l = FloorMod(32 + 2 * e + 2 * i - h - k, 7);
  const int64_t m = FloorDiv(a + 11 * h + 22 * l, 451);
  const int64_t month = FloorDiv(h + l - 7 * m + 114, 31);
  const int64_t day = FloorMod(h + l - 7 * m + 114, 31) + 1;
  return DaysFromCivil(y, static_cast<int>(month), static_cast<int>(day));
}

bool NthWeekdayOfMonth(int64_t y, int m, int wd, int n, int64_t* days) {
  if (m < 1 || m > 12 || wd < 1 || wd > 7 || n == 0 || n < -1 || n > 5) return false;
  if (n == -1) {
    const int64_t last = DaysFromCivil(y, m, DaysInMonth(y, m));
    *days = last - FloorMod(Weekday(last) - wd, 7);
    return true;
  }
  const int64_t first = DaysFromCivil(y, m, 1);
  const int64_t d = first + FloorMod(wd - Weekday(first), 7) + 7 * (n - 1);
  if (CivilFromDays(d).m != m) return false;
  *days = d;
  return true;
}

void AddMonths(int64_t* y, int* m, int64_t months) {
  const int64_t total = *y * 12 + (*m - 1) + months;
  *y = FloorDiv(total, 12);
  *m = static_cast<int>(FloorMod(total, 12)) + 1;
}

}  // namespace leselupe::dates
