#include "dates/date_value.h"

#include <cstdio>

#include "dates/date_grammar.h"
#include "front_end/front_end.h"
#include "leselupe/annotator.h"

namespace leselupe::dates {

bool InRange(int64_t y) { return y >= kMinValueYear && y <= kMaxYear; }

Point DayPoint(int64_t days) {
  Ymd c = CivilFromDays(days);
  return {Gran::kDay, c.y, c.m, c.d};
}

Point WeekPoint(int64_t days) {
  Point p;
  p.g = Gran::kWeek;
  IsoWeek(days, &p.y, &p.m);
  return p;
}

Point MonthPoint(int64_t y, int m) { return {Gran::kMonth, y, m, 0}; }
Point YearPoint(int64_t y) { return {Gran::kYear, y, 0, 0}; }

bool Bounds(const Point& p, int64_t* lo, int64_t* hi) {
  if (!InRange(p.y)) return false;
  switch (p.g) {
    case Gran::kDay:
      if (!IsValidDate(p.y, p.m, p.d)) return false;
      *lo = *hi = DaysFromCivil(p.y, p.m, p.d);
      return true;
    case Gran::kWeek:
      if (p.m < 1 || p.m > 53) return false;
      *lo = IsoWeekOneMonday(p.y) + 7 * (p.m - 1);
      *hi = *lo + 6;
      return true;
    case Gran::kMonth:
      if (p.m < 1 || p.m > 12) return false;
      *lo = DaysFromCivil(p.y, p.m, 1);
      *hi = DaysFromCivil(p.y, p.m, DaysInMonth(p.y, p.m));
      return true;
    case Gran::kYear:
      *lo = DaysFromCivil(p.y, 1, 1);
      *hi = DaysFromCivil(p.y, 12, 31);
      return true;
    case Gran::kNone:
      return false;
  }
  return false;
}

bool ValueBounds(const Value& v, int64_t* lo, int64_t* hi) {
  int64_t l2 = 0, h2 = 0;
  if (!Bounds(v.a, lo, hi)) return false;
  if (v.interval) {
    if (!Bounds(v.b, &l2, &h2)) return false;
    *hi = h2;
  }
  return true;
}

namespace {

void AppendPoint(const Point& p, std::string* out) {
  static const char* const kPods[] = {"", "MO", "MI", "AF", "EV", "NI"};
  char buf[48];
  const int y = static_cast<int>(p.y < 0 ? -p.y : p.y);  // Bounds checked the range
  if (p.y < 0) out->push_back('-');
  switch (p.g) {
    case Gran::kDay:
      if (p.hour >= 0 && p.hour <= 23 && p.minute >= 0 && p.minute <= 59) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", y, p.m, p.d, p.hour, p.minute);
      } else if (p.pod > kPodNone && p.pod <= kPodNight) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%s", y, p.m, p.d, kPods[p.pod]);
      } else {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, p.m, p.d);
      }
      break;
    case Gran::kWeek: std::snprintf(buf, sizeof buf, "%04d-W%02d", y, p.m); break;
    case Gran::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", y, p.m); break;
    case Gran::kYear: std::snprintf(buf, sizeof buf, "%04d", y); break;
    case Gran::kNone: buf[0] = 0; break;
  }
  out->append(buf);
}

}  // namespace

std::string Format(const Value& v) {
  int64_t lo = 0, hi = 0;
  if (!ValueBounds(v, &lo, &hi)) return {};
  if (v.interval) {
    int64_t l1 = 0, h1 = 0, l2 = 0, h2 = 0;
    Bounds(v.a, &l1, &h1);
    Bounds(v.b, &l2, &h2);
    if (l2 < l1) return {};  // an interval that ends before it starts
  }
  std::string out;
  AppendPoint(v.a, &out);
  if (v.interval) {
    out.push_back('/');
    AppendPoint(v.b, &out);
  }
  return out;
}

const char* ModName(int32_t mod) {
  static const char* const kMods[] = {"", "START", "MID", "END"};
  return mod >= 1 && mod <= 3 ? kMods[mod] : "";
}

bool ShiftUnit(int64_t ref_days, int32_t unit, int64_t n, Point* out) {
  if (n > kMaxCount || n < -kMaxCount) return false;
  const Ymd r = CivilFromDays(ref_days);
  switch (unit) {
    case kUnitDay: *out = DayPoint(ref_days + n); return true;
    case kUnitWeek: *out = WeekPoint(ref_days + 7 * n); return true;
    case kUnitMonth: {
      int64_t y = r.y;
      int m = r.m;
      AddMonths(&y, &m, n);
      *out = MonthPoint(y, m);
      return true;
    }
    case kUnitYear: *out = YearPoint(r.y + n); return true;
    default: return false;
  }
}

Value SeasonValue(int32_t season, int64_t y) {
  Value v;
  v.interval = true;
  const int first = 3 + 3 * season;
  v.a = MonthPoint(y, first);
  int64_t ey = y;
  int em = first;
  AddMonths(&ey, &em, 2);
  v.b = MonthPoint(ey, em);
  return v;
}

bool HolidayDays(const HolidayRule& h, int64_t y, int64_t* days) {
  if (!InRange(y)) return false;
  switch (h.kind) {
    case HolidayRule::kFixed:
      if (!IsValidDate(y, h.month, h.day)) return false;
      *days = DaysFromCivil(y, h.month, h.day);
      return true;
    case HolidayRule::kEaster:
      *days = EasterSunday(y) + h.offset;
      return true;
    case HolidayRule::kNthWeekday:
      return NthWeekdayOfMonth(y, h.month, h.weekday, h.nth, days);
  }
  return false;
}

bool ParseReferenceDate(std::string_view d, int64_t* days) {
  if (!IsIsoDate(d)) return false;  // the one validity check of the library
  auto num = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  *days = DaysFromCivil(num(0, 4), num(5, 2), num(8, 2));
  return true;
}

}  // namespace leselupe::dates
