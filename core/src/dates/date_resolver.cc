#include "dates/date_resolver.h"

namespace leselupe::dates {
namespace {

Dir TenseDir(Tense t) {
  return t == Tense::kPast ? Dir::kPast : t == Tense::kFuture ? Dir::kFuture : Dir::kClosest;
}

// "vergangenen/last": strictly before; "kommenden/next": strictly after; "diese/this": the
// one containing the reference date; no shift: the tense decides.
Dir ShiftDir(int32_t shift, Tense t) {
  if (shift == kUnset) return TenseDir(t);
  return shift < 0 ? Dir::kStrictPast : shift > 0 ? Dir::kStrictFuture : Dir::kContain;
}

}  // namespace

bool Resolver::YearContext(const Candidate& c) const {
  if (year_context_token_ < 0 || year_context_token_ >= c.first ||
      c.first - year_context_token_ >= 30)
    return false;
  for (int32_t i = year_context_token_ + 1; i < c.first; ++i) {
    if (toks_.token(i).kind == TokenKind::kPunct) return false;  // another clause or sentence
  }
  return true;
}

template <typename Make>
bool Resolver::YearLess(const Ctx& x, const Make& make, Dir dir, Value* out) const {
  if (x.year_context) {
    *x.source = Source::kWritten;
    return make(year_context_, out);
  }
  if (focus_.Propose(make, x.weekday_tense, x.tense != Tense::kNone,
                     toks_.token(x.c.first).paragraph, out)) {
    *x.source = Source::kFocus;
    return true;
  }
  if (!has_ref_) return false;
  *x.source = Source::kTense;
  return Choose([&](int k, Value* o) { return make(x.r.y + k, o); }, dir, ref_, out);
}

template <typename Make>
bool Resolver::YearOfShift(const Ctx& x, const Make& make, Value* out) const {
  const int32_t shift = x.A.v[fShift];
  if (shift == kUnset || x.year_context) return YearLess(x, make, TenseDir(x.tense), out);
  if (!has_ref_) return false;
  return Choose([&](int k, Value* o) { return make(x.r.y + k, o); }, ShiftDir(shift, x.tense),
                ref_, out);
}

Outcome Resolver::Resolve(const Candidate& c, const TenseInfo& ti, Value* out,
                          Source* source) const {
  const Pattern& p = g_.patterns()[static_cast<size_t>(c.pattern)];
  // Only weekdays (a week either way) follow a weak tense; wider candidates need a strong one.
  const Ctx x{c,
              p,
              c.state.a,
              c.state.b,
              ti.strong ? ti.tense : Tense::kNone,
              ti.tense,
              YearContext(c),
              CivilFromDays(ref_),
              source};
  *source = Source::kReference;
  // "had to learn it in six weeks": in a past sentence, "in" is a duration.
  if (p.op == Op::kAhead && has_ref_ && x.A.v[fUnit] != kUnset && x.A.v[fN] != kUnset &&
      x.tense == Tense::kPast)
    return Outcome::kReject;
  Value v;
  bool ok = false;
  switch (p.op) {
    case Op::kDate: ok = Date(x, &v); break;
    case Op::kWeekday: ok = Weekday(x, &v); break;
    case Op::kRelDay:
    case Op::kRelative:
    case Op::kAgo:
    case Op::kAhead: ok = Shifted(x, &v); break;
    case Op::kLater:
    case Op::kEarlier: ok = Anchored(x, &v); break;
    case Op::kSeason: ok = Season(x, &v); break;
    case Op::kQuarter:
    case Op::kHalf: ok = Part(x, &v); break;
    case Op::kDecade:
    case Op::kCentury: ok = Span(x, &v); break;
    case Op::kHoliday: ok = Holiday(x, &v); break;
    case Op::kRange: ok = Range(x, &v); break;
    case Op::kSame: ok = Same(x, &v); break;
  }
  if (!ok) return Outcome::kNoValue;
  v.mod = c.state.mod;
  *out = v;
  return Outcome::kValue;
}

// The year written in the match: four digits ("1939"), two in a numeric date ("1.9.39": the
// century that puts it at most ten years after the reference date), or a count before the
// era mark ("499 v. Chr." is the astronomical year -498). kUnset when none is written.
int64_t Resolver::WrittenYear(const Ctx& x) const {
  const Cells& A = x.A;
  int64_t year = A.v[fYear];
  if (year == kUnset && A.v[fYY] != kUnset && x.p.op == Op::kDate) {
    const int64_t now = has_ref_ ? x.r.y : 2000;
    year = (now / 100) * 100 + A.v[fYY];
    if (year > now + 10) year -= 100;
  }
  if (A.v[fEra] != kUnset) {
    if (year == kUnset) year = A.v[fN] != kUnset ? A.v[fN] : kUnset;
    if (year != kUnset) year = 1 - year;
  }
  return year;
}

bool Resolver::Date(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  // "3rd March", "the 3rd of March": an ordinal names the day.
  const int32_t day = A.v[fDay] != kUnset                               ? A.v[fDay]
                      : A.v[fOrdinal] != kUnset && A.v[fOrdinal] <= 31 ? A.v[fOrdinal]
                                                                        : kUnset;
  int64_t year = WrittenYear(x);
  const int32_t month = A.v[fMonth];
  *x.source = year != kUnset ? Source::kWritten : Source::kReference;
  // "Oktober vergangenen Jahres", "May last year": the year is relative.
  if (year == kUnset && A.v[fUnit] == kUnitYear && A.v[fShift] != kUnset) {
    if (!has_ref_ || !InRange(x.r.y + A.v[fShift])) return false;
    year = x.r.y + A.v[fShift];
  }
  if (year != kUnset && month == kUnset) {
    out->a = YearPoint(year);
    return true;
  }
  if (month == kUnset) return false;
  auto make = [&](int64_t y, Value* o) {
    o->a = day != kUnset ? Point{Gran::kDay, y, month, day} : MonthPoint(y, month);
    if (day != kUnset && A.v[fHour] != kUnset) {  // "am 22. Juni um 4:45 Uhr"
      o->a.hour = A.v[fHour];
      o->a.minute = A.v[fMinute] != kUnset ? A.v[fMinute] : 0;
    } else if (day != kUnset && A.v[fPeriod] != kUnset) {  // "am Morgen des 22. Juni"
      o->a.pod = static_cast<uint8_t>(A.v[fPeriod]);
    }
    return true;
  };
  if (year != kUnset) return make(year, out);
  if (A.v[fShift] == 0 && !x.year_context) return has_ref_ && make(x.r.y, out);  // "this year"
  return YearOfShift(x, make, out);
}

bool Resolver::Weekday(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  if (A.v[fWeekday] == kUnset) return false;
  // In a story told in the past, a weekday is the nearest one around the story's day.
  int64_t focus_day = 0;
  if (A.v[fShift] == kUnset && focus_.StoryDay(x.weekday_tense, &focus_day)) {
    *x.source = Source::kFocus;
    const int64_t base = focus_day - (dates::Weekday(focus_day) - A.v[fWeekday]);
    return Choose([&](int k, Value* o) { o->a = DayPoint(base + 7 * k); return true; },
                  Dir::kClosest, focus_day, out);
  }
  if (!has_ref_) return false;
  const int64_t base = ref_ - (dates::Weekday(ref_) - A.v[fWeekday]);
  Dir dir = ShiftDir(A.v[fShift], x.weekday_tense);
  if (A.v[fShift] == kUnset && x.weekday_tense == Tense::kNone)
    dir = g_.weekday_default_future() ? Dir::kFuture : Dir::kClosest;
  return Choose([&](int k, Value* o) { o->a = DayPoint(base + 7 * k); return true; }, dir, ref_,
                out);
}

bool Resolver::Shifted(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  if (!has_ref_) return false;
  switch (x.p.op) {
    case Op::kRelDay:
      if (A.v[fRelDay] == kUnset) return false;
      out->a = DayPoint(ref_ + A.v[fRelDay]);
      return true;
    case Op::kRelative:
      if (A.v[fUnit] == kUnset) return false;
      return ShiftUnit(ref_, A.v[fUnit], A.v[fShift] == kUnset ? 0 : A.v[fShift], &out->a);
    default: {  // ago, ahead
      if (A.v[fUnit] == kUnset || A.v[fN] == kUnset) return false;
      const int64_t n = x.p.op == Op::kAgo ? -int64_t{A.v[fN]} : A.v[fN];
      return ShiftUnit(ref_, A.v[fUnit], n, &out->a);
    }
  }
}

bool Resolver::Anchored(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  if (!has_anchor_ || A.v[fUnit] == kUnset || A.v[fN] == kUnset) return false;
  const int64_t n = x.p.op == Op::kEarlier ? -int64_t{A.v[fN]} : A.v[fN];
  const int32_t unit = A.v[fUnit];
  int64_t lo = 0, hi = 0;
  if (!Bounds(anchor_, &lo, &hi)) return false;
  const Gran need = unit == kUnitDay     ? Gran::kDay
                    : unit == kUnitWeek  ? Gran::kWeek
                    : unit == kUnitMonth ? Gran::kMonth
                                         : Gran::kYear;
  // The anchor must be at least as fine as the unit (a week counts as finer than a month).
  auto rank = [](Gran g) {
    return g == Gran::kDay ? 0 : g == Gran::kWeek ? 1 : g == Gran::kMonth ? 2 : 3;
  };
  if (rank(anchor_.g) > rank(need)) return false;
  if (anchor_.g == Gran::kWeek && need == Gran::kMonth) return false;
  *x.source = Source::kFocus;  // the story moves on from the anchor
  return ShiftUnit(lo, unit, n, &out->a);
}

bool Resolver::Same(const Ctx& x, Value* out) const {
  // "am selben Tag": the anchor, at the unit's granularity when the anchor is that fine.
  const int32_t unit = x.A.v[fUnit];
  if (!has_anchor_ || unit == kUnset) return false;
  int64_t lo = 0, hi = 0;
  if (!Bounds(anchor_, &lo, &hi)) return false;
  *x.source = Source::kFocus;
  switch (unit) {
    case kUnitDay:
      if (anchor_.g != Gran::kDay) return false;
      out->a = DayPoint(lo);
      return true;
    case kUnitWeek:
      if (anchor_.g != Gran::kDay && anchor_.g != Gran::kWeek) return false;
      out->a = WeekPoint(lo);
      return true;
    case kUnitMonth:
      if (anchor_.g == Gran::kYear || anchor_.g == Gran::kWeek) return false;
      out->a = MonthPoint(anchor_.y, anchor_.m);
      return true;
    default:
      out->a = YearPoint(anchor_.y);
      return true;
  }
}

bool Resolver::Season(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  const int32_t season = A.v[fSeason];
  if (season == kUnset) return false;
  const int32_t year = A.v[fYear];
  if (year != kUnset && A.v[fYY] != kUnset && (year + 1) % 100 != A.v[fYY]) return false;
  if (year != kUnset && x.B.v[fYear] != kUnset && x.B.v[fYear] != year + 1) return false;
  if (year != kUnset) {
    *x.source = Source::kWritten;
    return *out = SeasonValue(season, year), true;
  }
  if (A.v[fUnit] == kUnitYear && A.v[fShift] != kUnset) {  // "summer of last year"
    return has_ref_ && (*out = SeasonValue(season, x.r.y + A.v[fShift]), true);
  }
  auto make = [&](int64_t y, Value* o) { return *o = SeasonValue(season, y), true; };
  return YearOfShift(x, make, out);
}

bool Resolver::Part(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  const int32_t q = A.v[fOrdinal];
  const int32_t size = x.p.op == Op::kQuarter ? 3 : 6;
  if (q == kUnset || q < 1 || q > 12 / size) return false;
  auto make = [&](int64_t y, Value* o) {
    o->interval = true;
    o->a = MonthPoint(y, (q - 1) * size + 1);
    o->b = MonthPoint(y, q * size);
    return true;
  };
  if (A.v[fYear] != kUnset) {
    *x.source = Source::kWritten;
    return make(A.v[fYear], out);
  }
  if (A.v[fShift] != kUnset) return has_ref_ && make(x.r.y + A.v[fShift], out);
  return YearLess(x, make, TenseDir(x.tense), out);
}

bool Resolver::Span(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  out->interval = true;
  *x.source = Source::kWritten;
  if (x.p.op == Op::kDecade) {
    int64_t d = A.v[fDecade];
    if (d == kUnset) return false;
    if (x.c.state.decade2) {  // "'90s": the latest such decade that has begun
      const int64_t now = has_ref_ ? x.r.y : 2000;
      d = (now / 100) * 100 + d;
      if (d > now) d -= 100;
    }
    out->a = YearPoint(d);
    out->b = YearPoint(d + 9);
    return true;
  }
  const int32_t c2 = A.v[fOrdinal];
  if (c2 == kUnset || c2 < 1 || c2 > 99) return false;
  if (A.v[fEra] != kUnset) {  // "8. Jh. v. Chr.": 800–701 BC, astronomical -0799/-0700
    out->a = YearPoint(1 - int64_t{c2} * 100);
    out->b = YearPoint(-int64_t{c2 - 1} * 100);
    return true;
  }
  out->a = YearPoint(int64_t{c2 - 1} * 100 + 1);
  out->b = YearPoint(int64_t{c2} * 100);
  return true;
}

bool Resolver::Holiday(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  const int32_t h = A.v[fHoliday];
  if (h == kUnset || h < 0 || static_cast<size_t>(h) >= g_.holidays().size()) return false;
  const HolidayRule& rule = g_.holidays()[static_cast<size_t>(h)];
  auto make = [&](int64_t y, Value* o) {
    int64_t days = 0;
    if (!HolidayDays(rule, y, &days)) return false;
    o->a = DayPoint(days);
    return true;
  };
  if (A.v[fYear] != kUnset) {
    *x.source = Source::kWritten;
    return make(A.v[fYear], out);
  }
  return YearOfShift(x, make, out);
}

bool Resolver::Range(const Ctx& x, Value* out) const {
  const Cells& A = x.A;
  Cells a = A, b = x.B;
  // "2025/26": the second year in the first one's century.
  if (b.v[fYear] == kUnset && a.v[fYY] != kUnset && a.v[fYear] != kUnset) {
    int64_t y2 = (a.v[fYear] / 100) * 100 + a.v[fYY];
    if (y2 <= a.v[fYear]) y2 += 100;
    b.v[fYear] = static_cast<int32_t>(y2);
  }
  for (Field f : {fMonth, fYear}) {
    if (a.v[f] == kUnset) a.v[f] = b.v[f];
    if (b.v[f] == kUnset) b.v[f] = a.v[f];
  }
  auto point = [](const Cells& c, int64_t y) {
    if (c.v[fDay] != kUnset && c.v[fMonth] != kUnset)
      return Point{Gran::kDay, y, c.v[fMonth], c.v[fDay]};
    if (c.v[fMonth] != kUnset) return MonthPoint(y, c.v[fMonth]);
    return YearPoint(y);
  };
  if (a.v[fDay] == kUnset && a.v[fMonth] == kUnset && a.v[fYear] == kUnset) return false;
  auto make = [&](int64_t yb, Value* o) {
    o->interval = true;
    o->b = point(b, yb);
    int64_t ya = a.v[fYear] != kUnset && A.v[fYear] != kUnset ? a.v[fYear] : yb;
    o->a = point(a, ya);
    int64_t la = 0, ha = 0, lb = 0, hb = 0;
    if (!Bounds(o->a, &la, &ha) || !Bounds(o->b, &lb, &hb)) return false;
    if (la > lb && A.v[fYear] == kUnset) {  // "vom 28. Dezember bis 3. Januar"
      o->a = point(a, ya - 1);
      if (!Bounds(o->a, &la, &ha)) return false;
    }
    return la <= lb;
  };
  if (b.v[fYear] != kUnset) {
    *x.source = Source::kWritten;
    return make(b.v[fYear], out);
  }
  return YearLess(x, make, TenseDir(x.tense), out);
}

void Resolver::Remember(const Candidate& c, const Value& v, Source source, bool flashback) {
  bool after_prep = false;
  for (int32_t i = c.first - 1, steps = 0; i >= 0 && steps < 3; --i, ++steps) {
    const uint32_t cue = toks_[i].cue;
    after_prep = (cue & (kPrepPast | kPrepFuture)) != 0;
    if (after_prep || !(cue & kArticle)) break;
  }
  focus_.Update(v, source, toks_.token(c.first).paragraph, after_prep || flashback);
  if (v.interval) return;
  has_anchor_ = true;
  anchor_ = v.a;
  const Op op = g_.patterns()[static_cast<size_t>(c.pattern)].op;
  if (v.a.g == Gran::kYear && (op == Op::kAgo || op == Op::kDate)) {
    year_context_token_ = c.last;
    year_context_ = v.a.y;
  }
}

}  // namespace leselupe::dates
