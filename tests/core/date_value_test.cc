// Date values: ISO 8601 forms, bounds, and the choice among candidate years by direction.
#include <catch2/catch.hpp>

#include "dates/calendar_math.h"
#include "dates/date_value.h"

using namespace leselupe::dates;

TEST_CASE("Points and intervals format as ISO 8601", "[dates][value]") {
  Value v;
  v.a = Point{Gran::kDay, 2025, 2, 18};
  REQUIRE(Format(v) == "2025-02-18");
  v.a = MonthPoint(2025, 6);
  REQUIRE(Format(v) == "2025-06");
  v.a = YearPoint(812);
  REQUIRE(Format(v) == "0812");
  v.a = WeekPoint(DaysFromCivil(2025, 11, 10));
  REQUIRE(Format(v) == "2025-W46");
  v.interval = true;
  v.a = YearPoint(1890);
  v.b = YearPoint(1970);
  REQUIRE(Format(v) == "1890/1970");
}

TEST_CASE("Invalid values format as empty", "[dates][value]") {
  Value v;
  v.a = Point{Gran::kDay, 2025, 2, 29};
  REQUIRE(Format(v).empty());
  v.a = YearPoint(10000);
  REQUIRE(Format(v).empty());
  v.a = MonthPoint(2025, 13);
  REQUIRE(Format(v).empty());
  // An interval that ends before it starts.
  v.interval = true;
  v.a = YearPoint(1970);
  v.b = YearPoint(1890);
  REQUIRE(Format(v).empty());
  REQUIRE(Format(Value{}).empty());
}

TEST_CASE("Choose picks the candidate the direction asks for", "[dates][value]") {
  const int64_t ref = DaysFromCivil(2025, 11, 10);
  // "Februar": the months around the reference date.
  auto feb = [](int k, Value* o) {
    o->a = MonthPoint(2025 + k, 2);
    return true;
  };
  auto pick = [&](auto make, Dir dir) {
    Value v;
    REQUIRE(Choose(make, dir, ref, &v));
    return Format(v);
  };
  REQUIRE(pick(feb, Dir::kPast) == "2025-02");
  REQUIRE(pick(feb, Dir::kFuture) == "2026-02");
  REQUIRE(pick(feb, Dir::kClosest) == "2026-02");  // 83 days ahead, 253 back
  auto nov = [](int k, Value* o) {
    o->a = MonthPoint(2025 + k, 11);
    return true;
  };
  REQUIRE(pick(nov, Dir::kContain) == "2025-11");
  REQUIRE(pick(nov, Dir::kStrictPast) == "2024-11");
  REQUIRE(pick(nov, Dir::kStrictFuture) == "2026-11");
  // Nothing valid: no choice.
  Value v;
  REQUIRE_FALSE(Choose([](int, Value*) { return false; }, Dir::kPast, ref, &v));
}

TEST_CASE("ShiftUnit moves at the unit's granularity", "[dates][value]") {
  const int64_t ref = DaysFromCivil(2025, 11, 10);
  Point p;
  Value v;
  REQUIRE(ShiftUnit(ref, 0, -3, &p));
  v.a = p;
  REQUIRE(Format(v) == "2025-11-07");
  REQUIRE(ShiftUnit(ref, 1, -2, &p));
  v.a = p;
  REQUIRE(Format(v) == "2025-W44");
  REQUIRE(ShiftUnit(ref, 2, 3, &p));
  v.a = p;
  REQUIRE(Format(v) == "2026-02");
  REQUIRE(ShiftUnit(ref, 3, -1, &p));
  v.a = p;
  REQUIRE(Format(v) == "2024");
  REQUIRE_FALSE(ShiftUnit(ref, 3, kMaxCount + 1, &p));
}

TEST_CASE("Seasons are meteorological month intervals", "[dates][value]") {
  REQUIRE(Format(SeasonValue(1, 2025)) == "2025-06/2025-08");
  REQUIRE(Format(SeasonValue(3, 2025)) == "2025-12/2026-02");
  REQUIRE(std::string(ModName(1)) == "START");
  REQUIRE(std::string(ModName(0)).empty());
  REQUIRE(std::string(ModName(9)).empty());
}
