// Calendar arithmetic behind the date normaliser: leap years, day numbers, weekdays, ISO weeks,
// Easter and n-th weekdays.
#include <catch2/catch.hpp>

#include "dates/calendar_math.h"
#include "dates/date_value.h"

using namespace leselupe::dates;

TEST_CASE("Leap years follow the Gregorian rule", "[dates][calendar]") {
  REQUIRE(IsLeapYear(2024));
  REQUIRE_FALSE(IsLeapYear(2025));
  REQUIRE_FALSE(IsLeapYear(1900));
  REQUIRE(IsLeapYear(2000));
  REQUIRE(DaysInMonth(2024, 2) == 29);
  REQUIRE(DaysInMonth(2025, 2) == 28);
  REQUIRE(DaysInMonth(2025, 13) == 0);
  REQUIRE(IsValidDate(2024, 2, 29));
  REQUIRE_FALSE(IsValidDate(2025, 2, 29));
  REQUIRE_FALSE(IsValidDate(2025, 4, 31));
}

TEST_CASE("Day numbers round-trip and weekdays are right", "[dates][calendar]") {
  REQUIRE(DaysFromCivil(1970, 1, 1) == 0);
  REQUIRE(Weekday(0) == 4);  // Thursday
  REQUIRE(Weekday(DaysFromCivil(2025, 12, 30)) == 2);  // Tuesday
  REQUIRE(Weekday(DaysFromCivil(2026, 1, 2)) == 5);    // Friday
  for (int64_t d : {DaysFromCivil(1, 1, 1), DaysFromCivil(1600, 2, 29), int64_t{0},
                    DaysFromCivil(9999, 12, 31)}) {
    Ymd c = CivilFromDays(d);
    REQUIRE(DaysFromCivil(c.y, c.m, c.d) == d);
  }
  REQUIRE(Weekday(DaysFromCivil(1, 1, 1)) == 1);  // proleptic Gregorian: a Monday
}

TEST_CASE("ISO weeks, including week 53 and week 1 across the year boundary",
          "[dates][calendar]") {
  int64_t y = 0;
  int w = 0;
  IsoWeek(DaysFromCivil(2026, 12, 31), &y, &w);
  REQUIRE((y == 2026 && w == 53));
  IsoWeek(DaysFromCivil(2027, 1, 3), &y, &w);
  REQUIRE((y == 2026 && w == 53));
  IsoWeek(DaysFromCivil(2024, 12, 30), &y, &w);
  REQUIRE((y == 2025 && w == 1));
  IsoWeek(DaysFromCivil(2021, 1, 3), &y, &w);
  REQUIRE((y == 2020 && w == 53));
  IsoWeek(DaysFromCivil(2025, 4, 15), &y, &w);
  REQUIRE((y == 2025 && w == 16));
  REQUIRE(IsoWeekOneMonday(2026) == DaysFromCivil(2025, 12, 29));
}

TEST_CASE("Easter by the Gregorian computus", "[dates][calendar]") {
  auto easter = [](int64_t year) { return CivilFromDays(EasterSunday(year)); };
  REQUIRE((easter(2025).m == 4 && easter(2025).d == 20));
  REQUIRE((easter(2026).m == 4 && easter(2026).d == 5));
  REQUIRE((easter(2029).m == 4 && easter(2029).d == 1));  // Pentecost 2029-05-20
  REQUIRE((easter(2038).m == 4 && easter(2038).d == 25));  // the latest possible
  REQUIRE((easter(2285).m == 3 && easter(2285).d == 22));  // the earliest possible
  Ymd pentecost = CivilFromDays(EasterSunday(2029) + 49);
  REQUIRE((pentecost.m == 5 && pentecost.d == 20));
}

TEST_CASE("N-th and last weekday of a month", "[dates][calendar]") {
  int64_t d = 0;
  REQUIRE(NthWeekdayOfMonth(2026, 11, 4, 4, &d));  // Thanksgiving
  REQUIRE(d == DaysFromCivil(2026, 11, 26));
  REQUIRE(NthWeekdayOfMonth(2025, 11, 4, 4, &d));
  REQUIRE(d == DaysFromCivil(2025, 11, 27));
  REQUIRE(NthWeekdayOfMonth(2025, 5, 1, -1, &d));  // Memorial Day
  REQUIRE(d == DaysFromCivil(2025, 5, 26));
  REQUIRE_FALSE(NthWeekdayOfMonth(2025, 2, 1, 5, &d));  // February 2025 has four Mondays
  REQUIRE_FALSE(NthWeekdayOfMonth(2025, 13, 1, 1, &d));
}

TEST_CASE("Month arithmetic crosses years both ways", "[dates][calendar]") {
  int64_t y = 2025;
  int m = 11;
  AddMonths(&y, &m, 3);
  REQUIRE((y == 2026 && m == 2));
  AddMonths(&y, &m, -14);
  REQUIRE((y == 2024 && m == 12));
}

TEST_CASE("Reference dates are parsed strictly", "[dates][calendar]") {
  int64_t d = 0;
  REQUIRE(ParseReferenceDate("2024-02-29", &d));
  REQUIRE(d == DaysFromCivil(2024, 2, 29));
  REQUIRE_FALSE(ParseReferenceDate("2025-02-29", &d));
  REQUIRE_FALSE(ParseReferenceDate("0000-01-01", &d));
  REQUIRE_FALSE(ParseReferenceDate("2025-1-01", &d));
  REQUIRE_FALSE(ParseReferenceDate("", &d));
}
